import { HttpResponse, type HttpResponseInit } from '@azure/functions';
import { UpstreamError } from '../shared/errors';
import { understand } from '../reader';
import type { JobQuery } from '../jobs/model';
import { ORGANIZATIONS } from '../fixtures/jobs';
import { fakeJobs, fakeSummaries, httpRequest, invocationContext, pageOf } from '../test/support/handlerKit';
import { summaryOf } from '../test/support/summaryFixture';
import { CSV_COLUMNS, CSV_MAX_JOBS, csvFileName } from './jobsCsv';
import { listJobsHandler } from './listJobs';

const NOW = new Date('2026-11-28T10:30:00Z');
const RANGE = 'start=2026-11-20T00:00:00Z&end=2026-11-27T00:00:00Z';

function handlerWith(answer = pageOf(250)) {
  const jobs = fakeJobs(answer, ORGANIZATIONS);
  const handler = listJobsHandler({
    jobs,
    summaries: fakeSummaries(summaryOf([])),
    understand,
    now: () => NOW,
    publicBaseUrl: 'https://jobs.example',
  });
  const handle = (query: string, headers: Record<string, string> = {}) =>
    handler(httpRequest('GET', `https://jobs.example/api/jobs?${query}`, { headers }), invocationContext());
  return { jobs, handle };
}
// Response.text() drops a byte-order mark: read the bytes.
const bytes = async (response: HttpResponseInit) => Buffer.from(await new HttpResponse(response).arrayBuffer());
const text = async (response: HttpResponseInit) => (await bytes(response)).toString('utf8');
const fieldsOf = (response: HttpResponseInit) => (response.jsonBody as { errors: Array<{ field: string; message: string }> }).errors;

describe('GET /api/jobs as CSV', () => {
  it('answers the whole range, every page read from the JobsService, with a BOM, a header row and one CRLF row per job', async () => {
    const { jobs, handle } = handlerWith();
    const response = await handle(`format=csv&${RANGE}`);
    expect(response.status).toBe(200);
    const body = await bytes(response);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(250);
    expect(jobs.queries.map((q) => [q.page, q.pageSize])).toEqual([
      [1, 100],
      [2, 100],
      [3, 100],
    ]);
  });

  it('has the job fields plus statusName and typeName as columns', () => {
    expect(CSV_COLUMNS).toEqual(
      expect.arrayContaining(['jobId', 'status', 'statusName', 'type', 'typeName', 'organizationName', 'finishTime']),
    );
    expect(CSV_COLUMNS.slice(-2)).toEqual(['statusName', 'typeName']);
  });

  it('is an attachment named after the range, CSV in UTF-8, never cached', async () => {
    const { handle } = handlerWith();
    const response = await handle(`format=csv&${RANGE}`);
    const headers = new HttpResponse(response).headers;
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(headers.get('content-disposition')).toBe('attachment; filename="jobs-20261120T000000Z-20261127T000000Z.csv"');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(csvFileName({ startTime: '2026-11-20T08:15:30.123Z', endTime: '2026-11-21T00:00:00.000Z' })).toBe(
      'jobs-20261120T081530Z-20261121T000000Z.csv',
    );
  });

  it('reads pages only as the body is consumed', async () => {
    const { jobs, handle } = handlerWith();
    await handle(`format=csv&${RANGE}`);
    expect(jobs.queries).toHaveLength(1);
  });

  it('writes a job once even when a new job shifts it onto the next page', async () => {
    // Page 2 repeats the last job of page 1, as the upstream does when a job starts mid-read.
    const { handle } = handlerWith(async (query: JobQuery) => {
      const page = await pageOf(150)(query);
      return query.page === 2 ? { ...page, jobs: [(await pageOf(150)({ ...query, page: 1 })).jobs[99]!, ...page.jobs.slice(0, 49)] } : page;
    });
    const lines = (await text(await handle(`format=csv&${RANGE}`))).split('\r\n').slice(1, -1);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).toHaveLength(149);
  });

  it.each([
    ['Accept: text/csv', { accept: 'text/csv' }, 'csv'],
    ['Accept preferring CSV', { accept: 'application/json;q=0.5, text/csv' }, 'csv'],
    ['Accept naming JSON first and CSV as well', { accept: 'application/json, text/csv' }, 'json'],
    ['Accept: */*', { accept: '*/*' }, 'json'],
    ['no Accept', {}, 'json'],
  ])('%s answers %s', async (_case, headers, format) => {
    const { handle } = handlerWith();
    const response = await handle(RANGE, headers);
    expect(response.jsonBody === undefined ? 'csv' : 'json').toBe(format);
  });

  it('format=json wins over Accept: text/csv', async () => {
    const { handle } = handlerWith();
    expect((await handle(`format=json&${RANGE}`, { accept: 'text/csv' })).jsonBody).toBeDefined();
  });

  it('reads a sentence the same way, the whole range it names', async () => {
    const { jobs, handle } = handlerWith(pageOf(30));
    const response = await handle(`format=csv&q=${encodeURIComponent('failed backups last week')}`);
    expect(response.status).toBe(200);
    expect(jobs.queries[0]).toMatchObject({ statuses: [4], type: 1, page: 1, pageSize: 100 });
  });

  it(`refuses a range of more than ${CSV_MAX_JOBS} jobs with a 400 naming the range, before writing anything`, async () => {
    const { handle } = handlerWith(pageOf(CSV_MAX_JOBS + 1));
    const response = await handle(`format=csv&${RANGE}`);
    expect(response).toMatchObject({ status: 400, headers: { 'content-type': 'application/problem+json' } });
    expect(fieldsOf(response)).toEqual([{ field: 'start', message: expect.stringContaining('10,001 jobs and one CSV at most 10,000') }]);
    expect((await handlerWith(pageOf(CSV_MAX_JOBS)).handle(`format=csv&${RANGE}`)).status).toBe(200);
  });

  it('blames q when a sentence names too large a range', async () => {
    const { handle } = handlerWith(pageOf(CSV_MAX_JOBS + 1));
    expect(fieldsOf(await handle(`format=csv&q=${encodeURIComponent('backups last 90 days')}`)).map((e) => e.field)).toEqual(['q']);
  });

  it('with several statuses, holds at most the 1,000 jobs the merge serves', async () => {
    const { handle } = handlerWith(pageOf(1001));
    expect(fieldsOf(await handle(`format=csv&status=failed,finished&${RANGE}`))[0]!.message).toContain('at most 1,000');
  });

  it.each(['page=2', 'pageIndex=2'])('refuses %s: a CSV starts at the newest job', async (paging) => {
    const { jobs, handle } = handlerWith();
    const response = await handle(`format=csv&${paging}`);
    expect(response.status).toBe(400);
    expect(fieldsOf(response)[0]).toEqual({ field: paging.split('=')[0], message: expect.stringContaining('does not apply to CSV') });
    expect(jobs.queries).toEqual([]);
  });

  it.each([
    ['size=50', 50, [[1, 100]]],
    [
      'pageSize=150',
      150,
      [
        [1, 100],
        [2, 100],
      ],
    ],
    [
      'size=1000',
      250,
      [
        [1, 100],
        [2, 100],
        [3, 100],
      ],
    ],
  ])('reads %s as a row limit: the newest jobs, no more pages than they need', async (limit, rows, pages) => {
    const { jobs, handle } = handlerWith();
    const response = await handle(`format=csv&${limit}&${RANGE}`);
    expect(response.status).toBe(200);
    const lines = (await text(response)).split('\r\n');
    expect(lines.length - 2).toBe(rows);
    expect(jobs.queries.map((q) => [q.page, q.pageSize])).toEqual(pages);
  });

  it('a row limit lets a range larger than one CSV be exported (its newest jobs)', async () => {
    const { handle } = handlerWith(pageOf(CSV_MAX_JOBS + 1));
    const response = await handle(`format=csv&size=10&${RANGE}`);
    expect(response.status).toBe(200);
    expect((await text(response)).split('\r\n').length - 2).toBe(10);
    const sentence = await handle(`format=csv&size=10&q=${encodeURIComponent('backups last 90 days')}`);
    expect(sentence.status).toBe(200);
  });

  it.each([
    ['size=0', 'size'],
    ['size=10001', 'size'],
    ['size=abc', 'size'],
    ['size=5&size=6', 'size'],
    ['size=5&pageSize=6', 'size'],
  ])('refuses a row limit %s with a 400 naming %s', async (limit, field) => {
    const { jobs, handle } = handlerWith();
    const response = await handle(`format=csv&${limit}&${RANGE}`);
    expect(response.status).toBe(400);
    expect(fieldsOf(response).map((e) => e.field)).toEqual([field]);
    expect(jobs.queries).toEqual([]);
  });

  it('with several statuses, a row limit above the 1,000 the merge serves is a 400 on size', async () => {
    const { handle } = handlerWith(pageOf(1001));
    const response = await handle(`format=csv&size=2000&status=failed,finished&${RANGE}`);
    expect(fieldsOf(response)).toEqual([{ field: 'size', message: expect.stringContaining('at most 1,000') }]);
  });

  it('refuses an unknown format', async () => {
    const { handle } = handlerWith();
    expect(fieldsOf(await handle('format=xlsx'))).toEqual([{ field: 'format', message: 'must be json or csv' }]);
  });

  it('answers an upstream failure on the first page as problem+json', async () => {
    const { handle } = handlerWith(async () => {
      throw new UpstreamError('unavailable', 'AvePoint is unavailable', 30);
    });
    expect(await handle(`format=csv&${RANGE}`)).toMatchObject({ status: 503, headers: { 'retry-after': '30' } });
  });

  it('ends the body with an error when a later page fails, so that no truncated file passes for a whole one', async () => {
    const { handle } = handlerWith(async (query: JobQuery) => {
      if (query.page === 2) throw new UpstreamError('timeout', 'AvePoint did not answer in time');
      return pageOf(250)(query);
    });
    await expect(text(await handle(`format=csv&${RANGE}`))).rejects.toThrow();
  });
});
