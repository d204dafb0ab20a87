import { ConfigurationError } from '../shared/errors';
import { loadConfig } from './config';

const BASE = {
  AVEPOINT_GRAPH_URL: 'https://graph.example/',
  AVEPOINT_CLIENT_ID: 'client',
  AVEPOINT_CLIENT_SECRET: 'secret',
  PUBLIC_BASE_URL: 'https://jobs.example',
  AzureWebJobsStorage__tableServiceUri: 'https://storage.example/',
};

describe('the upstream time bounds', () => {
  test('the defaults leave room for a retry: one attempt is less than all of them', () => {
    const { avepoint } = loadConfig(BASE);
    expect(avepoint.timeoutMs).toBeLessThan(avepoint.totalTimeoutMs);
  });

  test.each([
    ['equal', '10000', '10000'],
    ['one attempt longer than all', '20000', '10000'],
  ])('%s is refused at start-up, naming both settings', (_, attempt, total) => {
    const load = () => loadConfig({ ...BASE, AVEPOINT_TIMEOUT_MS: attempt, AVEPOINT_TOTAL_TIMEOUT_MS: total });
    expect(load).toThrow(ConfigurationError);
    expect(load).toThrow(/AVEPOINT_TIMEOUT_MS .* AVEPOINT_TOTAL_TIMEOUT_MS/);
  });
});
