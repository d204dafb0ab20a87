import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from './freePort';

/** Azurite's fixed, public development account (documented by Microsoft; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  connectionString: string;
  close(): Promise<void>;
}

/**
 * Starts Azurite's table service on a free loopback port, as a child process: in memory (tests),
 * or keeping its data in `location` (`npm start`, so subscriptions survive a restart).
 */
export async function startAzurite(options: { location?: string } = {}): Promise<Azurite> {
  const port = await freePort();
  const main = join(dirname(require.resolve('azurite/package.json')), 'dist/src/table/main.js');
  const child = spawn(
    process.execPath,
    [
      main,
      ...(options.location ? ['--location', options.location] : ['--inMemoryPersistence']),
      '--silent',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--tableHost',
      '127.0.0.1',
      '--tablePort',
      String(port),
    ],
    { cwd: tmpdir(), stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    // Azurite saves its data on SIGINT only (SIGTERM ends it without writing).
    if (child.exitCode === null && child.signalCode === null) child.kill(options.location ? 'SIGINT' : 'SIGTERM');
    await exited;
  };
  try {
    await waitForPort(port, exited);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    close,
  };
}

async function waitForPort(port: number, exited: Promise<void>, timeoutMs = 20_000): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (!(await canConnect(port))) {
    if (gone) throw new Error('Azurite exited during start-up');
    if (Date.now() > deadline) throw new Error(`Azurite did not listen on port ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
