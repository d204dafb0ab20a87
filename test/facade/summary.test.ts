import { getJson } from '../support/facadeHttp';
import { startTestHost } from '../support/testHost';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON that the tests walk and check with expect(); typed bodies are still to do.
type Json = Record<string, any>;

/** Every job of a GET /api/jobs listing, following nextLink until null. */
async function walk(url: string): Promise<Json[]> {
  const jobs: Json[] = [];
  for (let next: string | null = url; next !== null;) {
    const { status, body } = await getJson(next);
    expect(status).toBe(200);
    jobs.push(...body.jobs);
    next = body.nextLink;
  }
  return jobs;
}

const countBy = (jobs: Json[], key: (job: Json) => string) =>
  jobs.reduce<Record<string, number>>((counts, job) => ({ ...counts, [key(job)]: (counts[key(job)] ?? 0) + 1 }), {});

describe('GET /api/summary', () => {
  let host: Awaited<ReturnType<typeof startTestHost>>;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  it('agrees with a walk of every page of the same range, per status and per organisation', async () => {
    const end = new Date();
    const start = new Date(end.getTime() - 36 * 3_600_000);
    const range = `type=backup&start=${start.toISOString()}&end=${end.toISOString()}`;
    const { status, body } = await getJson(`${host.url}/api/summary?${range}`);
    expect(status).toBe(200);
    const jobs = await walk(`${host.url}/api/jobs?${range}&size=100`);
    expect(jobs.length).toBeGreaterThan(100);
    expect(body.totalCount).toBe(jobs.length);
    expect(body.filter).toEqual({ type: 1, startTime: start.toISOString(), endTime: end.toISOString() });
    const byStatus = countBy(jobs, (job) => job.statusName);
    expect(body.byStatus).toEqual({
      inProgress: byStatus.inProgress ?? 0,
      finished: byStatus.finished ?? 0,
      failed: byStatus.failed ?? 0,
      finishedWithException: byStatus.finishedWithException ?? 0,
    });
    const byOrganization = countBy(jobs, (job) => `${job.organizationId} ${job.statusName}`);
    for (const organization of body.organizations) {
      for (const [name, count] of Object.entries(organization.byStatus)) {
        expect([organization.organizationName, name, count]).toEqual([
          organization.organizationName,
          name,
          byOrganization[`${organization.organizationId} ${name}`] ?? 0,
        ]);
      }
      const newestFailed = jobs.find((job) => job.organizationId === organization.organizationId && job.status === 4);
      expect(organization.lastFailure).toEqual(newestFailed ? { jobId: newestFailed.jobId, startTime: newestFailed.startTime } : null);
    }
    expect(body.otherOrganizationsCount).toBe(0);
    expect(typeof body.answer).toBe('string');
  });

  it("finds each organisation's last successful backup over 30 days, whatever the range", async () => {
    const { body } = await getJson(`${host.url}/api/summary?start=${new Date(Date.now() - 3_600_000).toISOString()}`);
    expect(body.organizations.length).toBeGreaterThan(0);
    // The same 30 days as the summary, up to the moment it counted: jobs keep finishing meanwhile.
    const asOf = Date.parse(body.asOf);
    const window = `start=${new Date(asOf - 30 * 86_400_000).toISOString()}&end=${body.asOf}`;
    for (const organization of body.organizations) {
      const { body: newest } = await getJson(
        `${host.url}/api/jobs?type=backup&status=finished&org=${organization.organizationId}&${window}&size=1`,
      );
      const [last] = newest.jobs;
      expect(organization.lastSuccessfulBackup).toBe(last?.finishTime ?? null);
      expect(organization.stale).toBe(last === undefined || organization.hoursSinceSuccessfulBackup > body.rpoHours);
    }
  });

  it('reads a sentence, defaults to the last 24 hours and answers a yes/no question first', async () => {
    const { status, body } = await getJson(
      `${host.url}/api/summary?q=${encodeURIComponent('did the backups for contoso succeed?')}&tz=Europe/Berlin`,
    );
    expect(status).toBe(200);
    expect(body.interpretation).toMatchObject({ intent: 'summary', timeZone: 'Europe/Berlin' });
    expect(Date.parse(body.filter.endTime) - Date.parse(body.filter.startTime)).toBe(24 * 3_600_000);
    expect(body.filter).toMatchObject({ type: 1, organizationId: expect.any(String) });
    expect(body.organizations).toHaveLength(1);
    expect(body.organizations[0].organizationName).toBe('Contoso');
    expect(body.answer).toMatch(/^(Yes|No|Not quite|Not yet): /);
  });

  it('"which organisations had no backup …" names exactly those whose count is zero', async () => {
    const sentence = 'which organisations had no backup in the last 6 hours';
    const { status, body } = await getJson(`${host.url}/api/summary?q=${encodeURIComponent(sentence)}`);
    expect(status).toBe(200);
    expect(body.interpretation.reading).toMatch(/^Summary, to name the organisations without them · All backup jobs · /);
    expect(body.filter).toMatchObject({ type: 1 });
    type Row = { organizationName: string; byStatus: Record<string, number> };
    const without = (body.organizations as Row[]).filter((o) => Object.values(o.byStatus).every((n) => n === 0));
    const named = without.slice(0, 3).map((o) => o.organizationName);
    if (without.length === 0) expect(body.answer).toMatch(/^Every organisation had backups /);
    else
      expect(body.answer).toMatch(
        new RegExp(`^${without.length} of ${body.organizations.length} organisations had no backups .*: ${named[0]}`),
      );
  });

  it('"no failures this week?" answers with the number that failed, never with the jobs that did not', async () => {
    const { status, body } = await getJson(`${host.url}/api/summary?q=${encodeURIComponent('no failures this week?')}`);
    expect(status).toBe(200);
    expect(body.interpretation.reading).toMatch(/^Summary, to answer how many there were · Failed jobs · /);
    expect(body.answer).not.toMatch(/^(Yes|No):/);
    const failed = body.byStatus.failed as number;
    expect(body.answer).toMatch(
      failed === 0 ? /^(None of the|No jobs ran)/ : new RegExp(`^${failed} of ${body.totalCount} jobs .* failed`),
    );
  });

  it.each([
    ['status', 'status=failed'],
    ['size', 'size=5'],
    ['page', 'page=2'],
  ])('refuses %s, which a summary does not use', async (field, parameter) => {
    const { status, headers, body } = await getJson(`${host.url}/api/summary?${parameter}`);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(body.errors).toEqual([expect.objectContaining({ field })]);
  });

  it('refuses an unknown organisation in q with the nearest known names', async () => {
    const { status, body } = await getJson(`${host.url}/api/summary?q=${encodeURIComponent('summary for contosso')}`);
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({
      field: 'q',
      message: expect.stringMatching(/"contosso".*Did you mean "Contoso"/),
      words: ['contosso'],
      suggestions: ['summary for Contoso'],
    });
  });
});
