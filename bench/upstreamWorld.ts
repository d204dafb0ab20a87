import { loadConfig } from '../app/config';
import { createAvePointClient } from '../avepoint/createAvePointClient';
import type { JobSource } from '../jobs/JobSource';
import type { Logger } from '../shared/Logger';
import { startSimulator } from '../simulator';
import type { Simulator } from '../simulator';

export const quietLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** The simulator and our AvePoint client over it, with every upstream GetJobs call counted. */
export interface CountedUpstream {
  simulator: Simulator;
  source: JobSource;
  calls: { count: number };
  close(): Promise<void>;
}

export async function startCountedUpstream(now: () => Date): Promise<CountedUpstream> {
  const simulator = await startSimulator({ now, seed: 11 });
  const config = loadConfig({
    AVEPOINT_GRAPH_URL: simulator.url,
    AVEPOINT_TOKEN_URL: simulator.tokenUrl,
    AVEPOINT_CLIENT_ID: simulator.clients.secret.clientId,
    AVEPOINT_CLIENT_SECRET: simulator.clients.secret.clientSecret,
    AzureWebJobsStorage: 'UseDevelopmentStorage=true',
    PUBLIC_BASE_URL: 'http://127.0.0.1:7071',
  });
  const client = createAvePointClient({ ...config.avepoint, logger: quietLogger });
  const calls = { count: 0 };
  const source: JobSource = { ...client, getJobs: (filter, options) => ((calls.count += 1), client.getJobs(filter, options)) };
  return { simulator, source, calls, close: async () => (await client.close(), await simulator.close()) };
}
