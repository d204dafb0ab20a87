import type { JobsPage } from '../../../jobs/model';
import type { Simulator } from '../../../simulator';

export interface ExpectedFilter {
  startTime: string;
  finishTime: string;
  status?: number;
  type?: number;
  pageIndex?: number;
  pageSize?: number;
}

/** The simulator's own answer for a filter, fetched over its Graph-dialect HTTP API (not through our client). */
export async function simulatorPage(simulator: Simulator, filter: ExpectedFilter): Promise<JobsPage> {
  const tokenResponse = await fetch(simulator.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: simulator.clients.secret.clientId,
      client_secret: simulator.clients.secret.clientSecret,
      scope: 'dynamics.readwrite.all',
    }),
  });
  const { access_token } = (await tokenResponse.json()) as { access_token: string };
  const query = new URLSearchParams({ type: '0', pageIndex: '1', pageSize: '10', ...stringify(filter) });
  const response = await fetch(`${simulator.url}/dynamicsbackup/jobs?${query.toString()}`, {
    headers: { authorization: `Bearer ${access_token}` },
  });
  if (!response.ok) throw new Error(`simulator answered ${response.status}`);
  return (await response.json()) as JobsPage;
}

const stringify = (filter: ExpectedFilter): Record<string, string> =>
  Object.fromEntries(
    Object.entries(filter)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );

/** POST /_sim/jobs: a job injected now (as a person at `npm start` makes a failure happen), answered with its jobId. */
export async function injectSimulatorJob(
  simulator: Pick<Simulator, 'url'>,
  body: Record<string, unknown>,
): Promise<{ jobId: string; status: number; finishTime: string | null }> {
  const response = await fetch(`${simulator.url}/_sim/jobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`inject answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { jobId: string; status: number; finishTime: string | null };
}
