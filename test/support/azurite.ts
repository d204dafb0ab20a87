import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Azurite's fixed development account (public, documented, not a secret). */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const BIN = join(__dirname, '..', '..', 'node_modules', '.bin', 'azurite-table');
const ATTEMPTS = 5;

export interface Azurite {
  /** For AzureWebJobsStorage / StorageConfig { kind: 'connectionString' }. */
  connectionString: string;
  tableUrl: string;
  close(): Promise<void>;
}

/** A free loopback port (Azurite prints 0 when given 0, so the port is chosen here). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves when Azurite says it listens; rejects when it exits first (e.g. the port was taken meanwhile). */
function started(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('successfully')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`azurite-table exited (${code}): ${output.slice(-500)}`)));
    child.once('error', reject);
  });
}

const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** Starts Azurite's Table service in memory on a free 127.0.0.1 port, in a throw-away working directory. */
export async function startAzurite(): Promise<Azurite> {
  const workDir = await mkdtemp(join(tmpdir(), 'azurite-'));
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      BIN,
      ['--tableHost', '127.0.0.1', '--tablePort', String(port), '--inMemoryPersistence', '--skipApiVersionCheck', '--disableTelemetry', '--silent'],
      { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      await started(child);
    } catch (error) {
      await stop(child);
      if (attempt < ATTEMPTS) continue;
      await rm(workDir, { recursive: true, force: true });
      throw error;
    }
    const tableUrl = `http://127.0.0.1:${port}/${ACCOUNT}`;
    return {
      tableUrl,
      connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};TableEndpoint=${tableUrl};`,
      async close() {
        await stop(child);
        await rm(workDir, { recursive: true, force: true });
      },
    };
  }
}
