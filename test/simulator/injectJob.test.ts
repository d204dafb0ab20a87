import { startSimulator } from '../../simulator';
import type { Simulator } from '../../simulator';
import { simulatorPage } from '../../fixtures/simulatorApi';

const NOW = new Date('2026-11-28T12:00:00.000Z');
let simulator: Simulator;
beforeAll(async () => {
  simulator = await startSimulator({ now: () => NOW, seed: 3 });
});
afterAll(() => simulator.close());

const inject = (body: unknown) =>
  fetch(`${simulator.url}/_sim/jobs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function legacyPage(filter: Record<string, unknown>) {
  const token = await fetch(simulator.tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: simulator.clients.secret.clientId,
      client_secret: simulator.clients.secret.clientSecret,
    }),
  }).then((r) => r.json() as Promise<{ access_token: string }>);
  const response = await fetch(`${simulator.url}/api/OpenApi/GetJobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token.access_token}` },
    body: JSON.stringify(filter),
  });
  return (await response.json()) as { jobs: { jobId: string; status: number }[] };
}

describe('POST /_sim/jobs injects a job that both dialects then show', () => {
  test('a failed backup for Contoso by name: answered with its jobId, finishing now, listed by Graph and legacy', async () => {
    const response = await inject({ type: 1, status: 4, organizationName: 'contoso' });
    expect(response.status).toBe(201);
    const job = (await response.json()) as { jobId: string; status: number; finishTime: string; organizationName: string };
    expect(job).toMatchObject({ status: 4, organizationName: 'Contoso', finishTime: NOW.toISOString() });
    expect(job.jobId).toMatch(/^DCIB\d{22}$/);
    const window = { startTime: '2026-11-28T11:00:00.000Z', finishTime: NOW.toISOString() };
    const graph = await simulatorPage(simulator, { ...window, status: 4, pageSize: 100 });
    expect(graph.jobs.map((j) => j.jobId)).toContain(job.jobId);
    const legacy = await legacyPage({
      pageInfo: { currentPage: 1, pageSize: 100 },
      type: 1,
      status: 4,
      startTime: window.startTime,
      endTime: window.finishTime,
    });
    expect(legacy.jobs.map((j) => j.jobId)).toContain(job.jobId);
  });

  test('an explicit start and duration, an organisation by id, in progress stays in progress', async () => {
    const response = await inject({
      type: 2,
      status: 2,
      organizationId: '9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D',
      startTime: '2026-11-28T11:30:00Z',
      durationMinutes: 10,
    });
    const job = (await response.json()) as { jobId: string; status: number; finishTime: string | null; startTime: string };
    expect(job).toMatchObject({ status: 2, finishTime: null, startTime: '2026-11-28T11:30:00.000Z' });
    const page = await simulatorPage(simulator, {
      startTime: '2026-11-28T11:29:00.000Z',
      finishTime: '2026-11-28T11:31:00.000Z',
      type: 2,
      status: 2,
    });
    expect(page.jobs.map((j) => j.jobId)).toEqual([job.jobId]);
  });

  test.each([
    [{ type: 1, status: 4 }, /organizationId or organizationName/],
    [{ type: 1, status: 5, organizationName: 'Contoso' }, /status/],
    [{ type: 0, status: 4, organizationName: 'Contoso' }, /type/],
    [{ type: 1, status: 4, organizationName: 'Globex' }, /no organisation Globex/],
  ])('a bad injection is a 400 naming why: %j', async (body, message) => {
    const response = await inject(body);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(message);
  });
});
