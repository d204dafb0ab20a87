import { DateTime } from 'luxon';
import { getJson } from '../support/facadeHttp';
import { startTestHost } from '../support/testHost';

/** A frozen clock for the whole product (simulator data included), so "yesterday" is a known day. */
const NOW = new Date('2026-11-28T10:30:00Z');

let host: Awaited<ReturnType<typeof startTestHost>>;
beforeAll(async () => {
  host = await startTestHost({ now: () => NOW });
});
afterAll(() => host.close());

describe('GET /api/jobs?q=', () => {
  it('reads "failed backups yesterday" in Europe/Berlin as Berlin\'s yesterday in UTC', async () => {
    const { status, body } = await getJson(`${host.url}/api/jobs?q=${encodeURIComponent('failed backups yesterday')}&tz=Europe/Berlin`);
    expect(status).toBe(200);
    const today = DateTime.fromJSDate(NOW, { zone: 'Europe/Berlin' }).startOf('day');
    expect(body.filter).toMatchObject({
      type: 1,
      status: 4,
      startTime: today.minus({ days: 1 }).toUTC().toISO(),
      endTime: today.toUTC().toISO(),
    });
    expect(body.filter.startTime).toBe('2026-11-26T23:00:00.000Z');
    expect(body.interpretation).toMatchObject({ intent: 'query', timeZone: 'Europe/Berlin', ignored: [] });
    expect(body.interpretation.reading).toEqual(expect.any(String));
    expect(body.jobs.length).toBeGreaterThan(0);
    for (const job of body.jobs) {
      expect(job).toMatchObject({ type: 1, status: 4 });
      expect(job.startTime >= body.filter.startTime && job.startTime < body.filter.endTime).toBe(true);
    }
  });

  it('matches organisation names from the directory', async () => {
    const { status, body } = await getJson(`${host.url}/api/jobs?q=${encodeURIComponent('jobs for contoso this week')}&tz=UTC`);
    expect(status).toBe(200);
    expect(body.filter.organizationId).toEqual(expect.any(String));
    for (const job of body.jobs) expect(job.organizationName).toBe('Contoso');
  });

  it('refuses an unknown organisation with the nearest known names instead of widening the query', async () => {
    const { status, body } = await getJson(`${host.url}/api/jobs?q=${encodeURIComponent('failed jobs for contosso')}`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ field: 'q', message: expect.stringContaining('"contosso"') })]);
    expect(body.errors[0].message).toMatch(/Did you mean "Contoso"/);
    expect(body.errors[0].suggestions).toEqual(['failed jobs for Contoso']);
  });

  it('never answers a different question: a word it cannot use is named, with sentences that work', async () => {
    const { status, body } = await getJson(`${host.url}/api/jobs?q=${encodeURIComponent('show aborted backups')}`);
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ field: 'q', words: ['aborted'], suggestions: expect.arrayContaining(['show failed backups']) });
  });

  it('answers a question beside its jobs, and refuses a sentence about something else', async () => {
    const asked = await getJson(`${host.url}/api/jobs?q=${encodeURIComponent('were there any failures yesterday?')}`);
    expect(asked.status).toBe(200);
    expect(asked.body.answer).toMatch(/^(Yes|No): /);
    expect(asked.body.interpretation.intent).toBe('summary');
    const weather = await getJson(`${host.url}/api/jobs?q=${encodeURIComponent("what's the weather")}`);
    expect(weather.status).toBe(400);
  });

  it('answers a question with a refinement from the refined list', async () => {
    const asked = await getJson(`${host.url}/api/jobs?q=${encodeURIComponent('any failures except at Contoso yesterday?')}`);
    expect(asked.status).toBe(200);
    expect(asked.body.refine).toEqual({ excludeOrganizationIds: [expect.any(String)] });
    const yes = asked.body.totalCount > 0 ? 'Yes' : 'No';
    expect(asked.body.answer).toMatch(new RegExp(`^${yes}: ${asked.body.totalCount} jobs? failed `));
    expect(asked.body.jobs.every((job: { organizationName: string }) => job.organizationName !== 'Contoso')).toBe(true);
  });

  it('reads an exclusion and refines over the range instead of dropping it', async () => {
    const { status, body } = await getJson(`${host.url}/api/jobs?q=${encodeURIComponent('all jobs except backups this week')}`);
    expect(status).toBe(200);
    expect(body.filter.type).toBe(0);
    expect(body.refine).toMatchObject({ excludeTypes: [1] });
    expect(body.jobs.every((job: { type: number }) => job.type !== 1)).toBe(true);
  });

  it('pages a sentence through nextLink in the query-string form', async () => {
    const first = await getJson(`${host.url}/api/jobs?q=${encodeURIComponent('top 3 backups')}`);
    expect(first.body.pageSize).toBe(3);
    expect(first.body.nextLink).toContain('/api/jobs?page=2&size=3&type=1');
    const second = await getJson(first.body.nextLink);
    expect(second.status).toBe(200);
    expect(second.body.pageIndex).toBe(2);
  });
});
