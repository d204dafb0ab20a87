import { startSimulator, CONTOSO_ID, type Simulator } from '../../simulator';
import type { JobsPage } from '../../jobs/model';
import { clientFor, oneDayFilter, SIM_NOW } from '../support/avepointClient';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: () => SIM_NOW });
});
afterAll(() => sim.close());

const cases = [
  { dialect: 'graph', credentialKind: 'secret' },
  { dialect: 'graph', credentialKind: 'certificate' },
  { dialect: 'legacy', credentialKind: 'secret' },
  { dialect: 'legacy', credentialKind: 'certificate' },
] as const;

describe.each(cases)('$dialect dialect with a $credentialKind credential', ({ dialect, credentialKind }) => {
  it('reads a page of jobs, newest first, inside the window', async () => {
    const { client } = clientFor(sim, { dialect, credentialKind });
    const page = await client.getJobs({ ...oneDayFilter, pageSize: 25 });
    await client.close();
    expect(page.pageIndex).toBe(1);
    expect(page.pageSize).toBe(25);
    expect(page.jobs).toHaveLength(25);
    expect(page.totalCount).toBeGreaterThan(25);
    expect(page.nextLink).toMatch(/^\/dynamicsbackup\/jobs\?.*pageIndex=2/);
    const starts = page.jobs.map((j) => Date.parse(j.startTime));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    for (const start of starts) {
      expect(start).toBeGreaterThanOrEqual(Date.parse(oneDayFilter.startTime));
      expect(start).toBeLessThan(Date.parse(oneDayFilter.endTime));
    }
  });

  it('pages until nextLink is null, seeing every job once', async () => {
    const { client } = clientFor(sim, { dialect, credentialKind });
    const filter = { ...oneDayFilter, pageSize: 40, organizationId: CONTOSO_ID };
    const seen: string[] = [];
    let page: JobsPage;
    let pageIndex = 1;
    do {
      page = await client.getJobs({ ...filter, pageIndex });
      seen.push(...page.jobs.map((j) => j.jobId));
      pageIndex += 1;
    } while (page.nextLink !== null);
    await client.close();
    expect(seen).toHaveLength(page.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('filters', () => {
  const filters = [
    { name: 'status failed', filter: { status: 4 }, holds: (j: { status: number }) => j.status === 4 },
    { name: 'type restore', filter: { type: 2 }, holds: (j: { type: number }) => j.type === 2 },
    {
      name: 'organisation Contoso',
      filter: { organizationId: CONTOSO_ID },
      holds: (j: { organizationId: string }) => j.organizationId === CONTOSO_ID,
    },
  ];
  it.each(filters)('$name: every job returned matches, in both dialects alike', async ({ filter, holds }) => {
    const pages = [];
    for (const dialect of ['graph', 'legacy'] as const) {
      const { client } = clientFor(sim, { dialect });
      pages.push(
        await client.getJobs({ ...oneDayFilter, startTime: new Date(SIM_NOW.getTime() - 7 * 86_400_000).toISOString(), ...filter }),
      );
      await client.close();
    }
    const [graph, legacy] = pages;
    expect(graph!.jobs.length).toBeGreaterThan(0);
    expect(graph!.jobs.every((j) => holds(j as never))).toBe(true);
    expect(legacy).toEqual(graph);
  });

  it('objectType narrows the legacy dialect to one module', async () => {
    const { client } = clientFor(sim, { dialect: 'legacy' });
    const page = await client.getJobs({ ...oneDayFilter, objectType: 2 });
    await client.close();
    expect(page.jobs.length).toBeGreaterThan(0);
    expect(new Set(page.jobs.map((j) => j.module))).toEqual(new Set(['Finance and Operations']));
  });
});
