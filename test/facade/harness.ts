import type { Logger } from '../../shared/Logger';
import { startLocalHost, type LocalHost, type LocalHostOptions } from '../../dev/startLocalHost';
import { responseValidator } from './responseValidator';

/** Log lines of one host, kept for assertions (nothing is printed). */
export type LogLine = { level: 'info' | 'warn' | 'error'; message: string; properties?: Record<string, unknown> };

export function recordingLogger(lines: LogLine[]): Logger {
  const at = (level: LogLine['level']) => (message: string, properties?: Record<string, unknown>) =>
    void lines.push({ level, message, properties });
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

/** Short upstream time bounds so that fault tests end quickly. */
export const TEST_SETTINGS = { AVEPOINT_TIMEOUT_MS: '500', AVEPOINT_TOTAL_TIMEOUT_MS: '2500' };

/**
 * How long a whole request through the host may take when the upstream keeps failing. The client's
 * own bound is asserted on a virtual clock (test/avepoint/client.faults.test.ts); through the host it
 * is real time, shared with the simulator, Azurite and other work on the machine, so this ceiling
 * sits far above AVEPOINT_TOTAL_TIMEOUT_MS (a loaded machine once took 1.2 s past it), yet below the
 * 10 s default total timeout and the simulator's 60 s hang, which a host that ignored the setting
 * would wait for.
 */
export const REAL_CEILING_MS = 3 * Number(TEST_SETTINGS.AVEPOINT_TOTAL_TIMEOUT_MS);

/** The whole product on a free loopback port, with the embedded simulator and Azurite. */
export async function startTestHost(
  options: Partial<LocalHostOptions> & { settings?: Record<string, string | undefined> } = {},
): Promise<LocalHost & { logs: LogLine[] }> {
  const logs: LogLine[] = [];
  const host = await startLocalHost({
    port: 0,
    logger: recordingLogger(logs),
    ...options,
    settings: { ...TEST_SETTINGS, ...options.settings },
  });
  return { ...host, logs };
}

/** The OpenAPI document of each host, fetched once: every response the facade tests receive is checked against it. */
const validators = new Map<string, Promise<ReturnType<typeof responseValidator>>>();
const validatorFor = (url: string) => {
  const { origin } = new URL(url);
  if (!validators.has(origin)) {
    validators.set(
      origin,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON that the tests walk and check with expect(); typed bodies are still to do.
      fetch(`${origin}/api/openapi.json`).then(async (r) => responseValidator((await r.json()) as Record<string, any>)),
    );
  }
  return validators.get(origin)!;
};

async function received(method: string, url: string, response: Response) {
  const bytes = Buffer.from(await response.arrayBuffer());
  const contentType = response.headers.get('content-type');
  const text = bytes.toString('utf8');
  let body: unknown = /json/i.test(contentType ?? '') ? undefined : text;
  try {
    if (body === undefined) body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  (await validatorFor(url))({ method, url, status: response.status, contentType, body });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON that the tests walk and check with expect(); typed bodies are still to do.
  return { status: response.status, headers: response.headers, body: body as Record<string, any>, bytes };
}

/** A GET whose answer need not be JSON (CSV), checked against the document all the same. */
export async function getBody(url: string, headers: Record<string, string> = {}) {
  return received('GET', url, await fetch(url, { headers }));
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return received('POST', url, response);
}

export async function getJson(url: string) {
  return received('GET', url, await fetch(url));
}
