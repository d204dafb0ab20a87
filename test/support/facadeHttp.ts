import { responseValidator } from './responseValidator';

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
