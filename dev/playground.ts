import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LocalService, ServiceHost } from './startLocalHost';

/** The `agentsplayground` bin (what node_modules/.bin links to), found from source and from dist alike. */
const PACKAGE_JSON = require.resolve('@microsoft/m365agentsplayground/package.json');
const CLI = join(
  dirname(PACKAGE_JSON),
  (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { bin: { agentsplayground: string } }).bin.agentsplayground,
);
const DEFAULT_PORT = 56150;
const START_BOUND_MS = 30_000;

/**
 * The Playground has no bind option and listens on every interface (`server.listen(port)`).
 * This preload makes every listen without a host bind to 127.0.0.1 instead, so the chat
 * window and its unauthenticated connector stay on this machine.
 */
const LOOPBACK_ONLY = `data:text/javascript,${encodeURIComponent(`
import net from 'node:net';
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const [first] = args;
  if (typeof first === 'object' && first !== null && !Array.isArray(first) && first.port !== undefined && !first.host && !first.path) {
    args[0] = { ...first, host: '127.0.0.1' };
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\\d+$/.test(first))) {
    if (args.length > 1 && args[1] == null) args[1] = '127.0.0.1';
    else if (typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
`)}`;

export interface PlaygroundOptions {
  /** The bot's messages URL, e.g. http://127.0.0.1:7071/api/messages. */
  botEndpoint: string;
  /** Default 56150; 0 = any free port. The Playground itself moves to a random port when this one is taken. */
  port?: number;
  /** The personal chat's conversation id (stable ids keep the bot's saved paging state across restarts). */
  conversationId?: string;
  /** Where the Playground writes its log; default: inside a temporary directory removed on close. */
  logFile?: string;
  /** IANA zone the Playground reports as the user's `localTimezone`; default: this machine's. */
  timeZone?: string;
}

export interface Playground {
  /** The chat window, e.g. http://127.0.0.1:56150. */
  url: string;
  close(): Promise<void>;
}

/** Resolves with the port from the Playground's only stdout line, `Listening on <port>`. */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const bound = setTimeout(
      () => reject(new Error(`Playground did not start within ${START_BOUND_MS} ms: ${output.slice(-500)}`)),
      START_BOUND_MS,
    );
    const settle = (finish: () => void) => {
      clearTimeout(bound);
      finish();
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match) settle(() => resolve(Number(match[1])));
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => settle(() => reject(new Error(`Playground exited (${code}): ${output.slice(-500)}`))));
    child.once('error', (error) => settle(() => reject(error)));
  });
}

const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** Starts Microsoft 365 Agents Playground (channel msteams) on loopback, connected to the local bot. */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const workDir = await mkdtemp(join(tmpdir(), 'playground-'));
  const args = ['start', '-e', options.botEndpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(options.port ?? DEFAULT_PORT)];
  if (options.conversationId) args.push('--conversation-id', options.conversationId);
  const child = spawn(process.execPath, ['--import', LOOPBACK_ONLY, CLI, ...args], {
    // Its own working directory: it reads .m365agentsplayground.yml and may write devTools/ there.
    cwd: workDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile ?? join(workDir, 'playground.log'),
      // The Playground sends Intl's zone as each activity's localTimezone.
      ...(options.timeZone && { TZ: options.timeZone }),
    },
  });
  const cleanUp = async () => {
    await stop(child);
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    const port = await listeningPort(child);
    return { url: `http://127.0.0.1:${port}`, close: cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** The Playground as a startLocalHost service: pointed at the host's own `/messages`, its chat window reported as a link. */
export const playgroundService =
  (options: Omit<PlaygroundOptions, 'botEndpoint'> = {}) =>
  async (host: ServiceHost): Promise<LocalService> => {
    const playground = await startPlayground({ ...options, botEndpoint: `${host.url}/${host.routePrefix}/messages` });
    return { link: { name: 'Chat window (Microsoft 365 Agents Playground)', url: playground.url }, close: () => playground.close() };
  };
