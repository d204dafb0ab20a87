import { CSV_COLUMNS } from '../../functions/jobsCsv';
import { getBody, getJson, startTestHost } from './harness';

let host: Awaited<ReturnType<typeof startTestHost>>;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.close());

const RANGE = `start=${new Date(Date.now() - 14 * 86_400_000).toISOString()}&end=${new Date().toISOString()}`;

describe('GET /api/jobs as CSV through the local host', () => {
  it('answers every job of the range (more than one upstream page) as rows, like the JSON pages count them', async () => {
    const { body: page } = await getJson(`${host.url}/api/jobs?size=1&${RANGE}`);
    expect(page.totalCount).toBeGreaterThan(100);
    const { status, headers, bytes } = await getBody(`${host.url}/api/jobs?${RANGE}`, { accept: 'text/csv' });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(headers.get('content-disposition')).toMatch(/^attachment; filename="jobs-\d{8}T\d{6}Z-\d{8}T\d{6}Z\.csv"$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').slice(0, -1);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.length - 1).toBe(page.totalCount);
  });

  it('reads size as a row limit: the newest 5 jobs of the range, the same as the first JSON page of 5', async () => {
    const { body: page } = await getJson(`${host.url}/api/jobs?size=5&${RANGE}`);
    const { status, bytes } = await getBody(`${host.url}/api/jobs?format=csv&size=5&${RANGE}`);
    expect(status).toBe(200);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(5);
    lines.forEach((line, i) => expect(line).toContain((page.jobs as Array<{ jobId: string }>)[i]!.jobId));
  });

  it('answers problems as problem+json, e.g. a page with format=csv', async () => {
    const { status, headers, body } = await getBody(`${host.url}/api/jobs?format=csv&page=2`);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(body.errors).toEqual([{ field: 'page', message: expect.stringContaining('does not apply to CSV') }]);
  });
});
