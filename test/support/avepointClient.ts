import { createAvePointClient, type AvePointClientOptions, type ClosableAvePointClient } from '../../avepoint/createAvePointClient';
import type { Simulator } from '../../simulator';
import type { VirtualClock } from '../avepoint/virtualClock';
import { recordingLogger } from './recordingLogger';

/** The simulator's clock in these tests: generated data is fixed around it. */
export const SIM_NOW = new Date('2026-11-28T12:00:00Z');

/** A client for the simulator with short retry waits; override any option (fault tests shorten the timeouts). */
export function clientFor(
  sim: Simulator,
  overrides: Partial<AvePointClientOptions> & { credentialKind?: 'secret' | 'certificate' } = {},
): { client: ClosableAvePointClient; logger: ReturnType<typeof recordingLogger> } {
  const logger = recordingLogger();
  const { credentialKind = 'secret', ...rest } = overrides;
  const credential =
    credentialKind === 'secret'
      ? { kind: 'secret' as const, secret: sim.clients.secret.clientSecret }
      : { kind: 'certificate' as const, pem: sim.clients.certificate.pem };
  const client = createAvePointClient({
    baseUrl: sim.url,
    dialect: 'graph',
    tokenUrl: sim.tokenUrl,
    clientId: credentialKind === 'secret' ? sim.clients.secret.clientId : sim.clients.certificate.clientId,
    credential,
    scope: 'dynamics.readwrite.all',
    timeoutMs: 5_000,
    totalTimeoutMs: 10_000,
    retryPolicy: { baseDelayMs: 20, maxDelayMs: 100 },
    logger,
    ...rest,
  });
  return { client, logger };
}

/** A one-day window before SIM_NOW, small enough to page through. */
export const oneDayFilter = {
  pageIndex: 1,
  pageSize: 100,
  type: 0,
  startTime: new Date(SIM_NOW.getTime() - 86_400_000).toISOString(),
  endTime: SIM_NOW.toISOString(),
};

/**
 * Runs `fn` and reports what it threw (or undefined), the virtual ms that passed on `clock` until it
 * settled, and the real ms (for a generous ceiling only: real time measures the machine too).
 */
export async function timed(
  clock: VirtualClock,
  fn: () => Promise<unknown>,
): Promise<{ virtualMs: number; realMs: number; error: unknown }> {
  const started = Date.now();
  // Read in the settle handlers: a stray timer firing later must not count.
  const settled = (error: unknown) => ({ virtualMs: clock.elapsedMs(), realMs: Date.now() - started, error });
  return fn().then(() => settled(undefined), settled);
}
