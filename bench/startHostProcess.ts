import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { HostReady, HostReply } from './hostProtocol';

export interface HostProcess extends Omit<HostReady, 'kind'> {
  pid: number;
  memory(): Promise<Omit<HostReply, 'kind'>>;
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/** Forks bench/hostProcess.js (with --expose-gc) and waits until the product listens. */
export async function startHostProcess(): Promise<HostProcess> {
  const child = fork(join(__dirname, 'hostProcess.js'), [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<HostReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the host process did not start in time')), START_TIMEOUT_MS);
    child.once('message', (message: HostReady) => (clearTimeout(timer), resolve(message)));
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`the host process exited with ${code}`))));
  });
  const { kind: _kind, ...info } = ready;
  return {
    ...info,
    pid: child.pid!,
    memory: () =>
      new Promise((resolve) => {
        child.once('message', ({ kind: _reply, ...memory }: HostReply) => resolve(memory));
        child.send({ kind: 'memory' });
      }),
    async close() {
      child.send({ kind: 'close' });
      await exited;
    },
  };
}
