import { startAzurite } from '../../dev/azurite';
import type { Azurite } from '../../dev/azurite';
import { startSimulator } from '../../simulator';
import type { Simulator } from '../../simulator';
import { recordingLogger, type LogLine } from './recordingLogger';
import { startTestHost, type TestHost } from './testHost';
import { injectSimulatorJob } from '../../fixtures/simulatorApi';

/** A clock tests move by hand; every time bound is asserted on it, never on the wall clock. */
export interface Clock {
  now: Date;
  advance(minutes: number): void;
}

export const clockAt = (iso: string): Clock => {
  const clock: Clock = { now: new Date(iso), advance: (minutes) => void (clock.now = new Date(clock.now.getTime() + minutes * 60_000)) };
  return clock;
};

/** The product as `npm start` runs it, over storage and an upstream that outlive it (so it can be restarted). */
export interface AlertWorld {
  clock: Clock;
  simulator: Simulator;
  azurite: Azurite;
  host: TestHost;
  /** Every host's log, restarts included. */
  logs: LogLine[];
  messagesUrl: string;
  /** Stops the host and starts a new one over the same storage and upstream. */
  restart(): Promise<void>;
  runTimer(): Promise<number>;
  inject(body: Record<string, unknown>): Promise<{ jobId: string; status: number; finishTime: string | null }>;
  close(): Promise<void>;
}

export async function startAlertWorld(startIso: string, settings: Record<string, string> = {}): Promise<AlertWorld> {
  const clock = clockAt(startIso);
  const logs: LogLine[] = [];
  const now = () => clock.now;
  const simulator = await startSimulator({ now, seed: 7 });
  const azurite = await startAzurite();
  const start = () =>
    startTestHost({
      settings: {
        AVEPOINT_GRAPH_URL: simulator.url,
        AVEPOINT_TOKEN_URL: simulator.tokenUrl,
        AVEPOINT_CLIENT_ID: simulator.clients.secret.clientId,
        AVEPOINT_CLIENT_SECRET: simulator.clients.secret.clientSecret,
        AzureWebJobsStorage: azurite.connectionString,
        ...settings,
      },
      logger: recordingLogger(logs),
      now,
    });
  const world: AlertWorld = {
    clock,
    simulator,
    azurite,
    host: await start(),
    logs,
    get messagesUrl() {
      return world.host.messagesUrl;
    },
    async restart() {
      await world.host.close();
      world.host = await start();
    },
    async runTimer() {
      return (await fetch(`${world.host.url}/admin/functions/deliverAlerts`, { method: 'POST' })).status;
    },
    inject: (body) => injectSimulatorJob(simulator, body),
    async close() {
      await world.host.close();
      await simulator.close();
      await azurite.close();
    },
  };
  return world;
}
