import { UpstreamError } from '../shared/errors';
import { understand } from '../reader';
import { ORGANIZATIONS } from '../fixtures/jobs';
import { fakeJobs, fakeSummaries, httpRequest, invocationContext, pageOf } from '../test/support/handlerKit';
import { counts, organization, summaryOf } from '../test/support/summaryFixture';
import { listJobsHandler } from './listJobs';

const NOW = new Date('2026-11-28T10:30:00Z');
const BASE = 'https://jobs.example/api/jobs';
const SUMMARY = summaryOf([organization('Contoso', counts(2, 10))]);

function handlerWith(jobs = fakeJobs(pageOf(12), ORGANIZATIONS)) {
  const reader = jest.fn(understand);
  return {
    jobs,
    reader,
    handle: (query: string) =>
      listJobsHandler({
        jobs,
        summaries: fakeSummaries(SUMMARY),
        understand: reader,
        now: () => NOW,
        publicBaseUrl: 'https://jobs.example',
      })(httpRequest('GET', `${BASE}?${query}`), invocationContext()),
  };
}
const fieldsOf = (body: unknown) => (body as { errors: Array<{ field: string }> }).errors.map((e) => e.field);

describe('listJobsHandler with filter parameters', () => {
  it('answers the page for the parameters, with a nextLink and no interpretation', async () => {
    const { jobs, reader, handle } = handlerWith();
    const response = await handle('page=1&size=5&type=1&status=4');
    expect(response.status).toBe(200);
    expect(jobs.queries).toEqual([expect.objectContaining({ page: 1, pageSize: 5, type: 1, statuses: [4] })]);
    expect(response.jsonBody).toMatchObject({ totalCount: 12, pageSize: 5, nextLink: expect.stringContaining('/api/jobs?page=2&size=5') });
    expect(response.jsonBody).not.toHaveProperty('interpretation');
    expect(reader).not.toHaveBeenCalled();
  });

  it('refuses a bad parameter with a problem+json 400 naming it as written', async () => {
    const { jobs, handle } = handlerWith();
    const response = await handle('size=0');
    expect(response).toMatchObject({ status: 400, headers: { 'content-type': 'application/problem+json' } });
    expect(fieldsOf(response.jsonBody)).toEqual(['size']);
    expect(jobs.queries).toEqual([]);
  });
});

describe('listJobsHandler with a sentence (q)', () => {
  it('reads the sentence in the given zone and locale against the known organisations, and says how it read it', async () => {
    const { jobs, reader, handle } = handlerWith();
    const response = await handle(`q=${encodeURIComponent('failed backups yesterday')}&tz=Europe/Berlin&locale=en-GB`);
    expect(response.status).toBe(200);
    expect(reader).toHaveBeenCalledWith('failed backups yesterday', {
      now: NOW,
      timeZone: 'Europe/Berlin',
      locale: 'en-GB',
      organizations: ORGANIZATIONS,
      maxPageSize: 100,
    });
    // Berlin's yesterday, in UTC.
    expect(jobs.queries).toEqual([
      expect.objectContaining({ type: 1, statuses: [4], startTime: '2026-11-26T23:00:00.000Z', endTime: '2026-11-27T23:00:00.000Z' }),
    ]);
    expect(response.jsonBody).toMatchObject({
      interpretation: { intent: 'query', timeZone: 'Europe/Berlin', reading: expect.any(String), ignored: [] },
    });
  });

  it('reads in UTC when no zone is given', async () => {
    const { reader, handle } = handlerWith();
    expect((await handle('q=failed')).status).toBe(200);
    expect(reader).toHaveBeenCalledWith('failed', expect.objectContaining({ timeZone: 'UTC' }));
  });

  it.each([
    { query: 'q=failed&tz=Mars/Olympus', fields: ['tz'] },
    { query: 'q=failed&locale=!!', fields: ['locale'] },
    { query: 'q=failed&tz=Mars/Olympus&locale=!!', fields: ['tz', 'locale'] },
    { query: 'q=help', fields: ['q'] },
    { query: 'q=next', fields: ['q'] },
  ])('refuses $query with a 400 naming $fields, without asking for jobs', async ({ query, fields }) => {
    const { jobs, handle } = handlerWith();
    const response = await handle(query);
    expect(response).toMatchObject({ status: 400, headers: { 'content-type': 'application/problem+json' } });
    expect(fieldsOf(response.jsonBody)).toEqual(fields);
    expect(jobs.queries).toEqual([]);
  });
});

it.each(['type=1', 'q=failed'])('an upstream failure answers problem+json 503 with Retry-After (%s)', async (query) => {
  const { handle } = handlerWith(fakeJobs(() => Promise.reject(new UpstreamError('unavailable', 'AvePoint is unavailable', 3))));
  const response = await handle(query);
  expect(response).toMatchObject({ status: 503, headers: { 'content-type': 'application/problem+json', 'retry-after': '3' } });
});
