import type { HttpResponseInit } from '@azure/functions';
import { jobViewSchema } from './http/apiSchemas';
import { ValidationError } from '../shared/errors';
import type { JobsService } from '../jobs/JobsService';
import { MAX_PAGE_SIZE, MERGED_RESULT_LIMIT, REFINE_SCAN_LIMIT } from '../jobs/limits';
import type { JobQuery, JobsPage } from '../jobs/model';
import { isRefining } from '../jobs/refineJobs';
import { toJobView, type JobView } from './http/toJobView';
import { csvRow } from './http/csvRow';

/** One CSV holds at most this many jobs, the bound of every walk of a range: a larger range is a 400 asking for a narrower one. */
export const CSV_MAX_JOBS = REFINE_SCAN_LIMIT;
/** The job's fields, then statusName and typeName, in the order the API documents them. */
export const CSV_COLUMNS = Object.keys(jobViewSchema.shape) as (keyof JobView)[];
/** Excel reads a CSV without a byte-order mark in the machine's code page and garbles names. */
const BOM = '\uFEFF';

/** `jobs-20261120T000000Z-20261127T000000Z.csv`: the range, without characters file systems refuse. */
export const csvFileName = (query: Pick<JobQuery, 'startTime' | 'endTime'>): string => {
  const compact = (iso: string) => iso.replace(/\.\d+/, '').replace(/[-:]/g, '');
  return `jobs-${compact(query.startTime)}-${compact(query.endTime)}.csv`;
};

/**
 * The whole range of `query` as CSV, read from the JobsService page by page as the body is consumed.
 * The first page is read before answering, so that a range over the limit, bad input and upstream
 * failures still become problem+json; a failure on a later page ends the body (the hosts buffer
 * the body, see docs/API.md, so the caller then sees a 500 rather than a truncated file).
 * A refined query (JobQuery.refine) is read in one walk and written at once, refused when the walk
 * could not read the whole range.
 * `rangeField` names the parameter a too-large range is blamed on (`start`, or `q` for a sentence).
 * With `rows`, only the newest `rows.value` jobs are written, however many the range holds.
 */
export async function jobsCsv(
  jobs: Pick<JobsService, 'getJobs'>,
  query: JobQuery,
  rangeField: string,
  rows?: { value: number; field: string },
): Promise<HttpResponseInit> {
  const count = (n: number) => n.toLocaleString('en-US');
  const maxRows = rows?.value ?? Infinity;
  const tooLarge = (held: string, limit: number) =>
    new ValidationError([
      { field: rangeField, message: `the range holds ${held} jobs and one CSV at most ${count(limit)}: narrow the range or add a filter` },
    ]);
  if (isRefining(query.refine)) {
    // The service refines and pages locally, so one page the size of the bound is the whole refined range.
    const all = await jobs.getJobs({ ...query, page: 1, pageSize: CSV_MAX_JOBS });
    if (!rows && all.refined?.complete === false) throw tooLarge(`more than ${count(all.refined.scanned)}`, CSV_MAX_JOBS);
    return csvResponse(query, csvLines(all, maxRows));
  }
  // Several statuses are merged from the first MERGED_RESULT_LIMIT jobs of each (jobs/limits.ts).
  const limit = query.statuses.length > 1 ? MERGED_RESULT_LIMIT : CSV_MAX_JOBS;
  if (rows && rows.value > limit) {
    throw new ValidationError([{ field: rows.field, message: `with several statuses one CSV holds at most ${count(limit)} jobs` }]);
  }
  const pageQuery = (page: number): JobQuery => ({ ...query, page, pageSize: MAX_PAGE_SIZE });
  const first = await jobs.getJobs(pageQuery(1));
  if (!rows && first.totalCount > limit) throw tooLarge(count(first.totalCount), limit);
  const pages = Math.ceil(Math.min(first.totalCount, maxRows) / MAX_PAGE_SIZE);
  return csvResponse(query, csvLines(first, maxRows, { pages, read: (page) => jobs.getJobs(pageQuery(page)) }));
}

function csvResponse(query: JobQuery, body: AsyncIterable<Uint8Array>): HttpResponseInit {
  return {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${csvFileName(query)}"`,
      'cache-control': 'no-store',
    },
    body,
  };
}

/** At most `maxRows` rows: of `first`, then of pages 2…`more.pages` of MAX_PAGE_SIZE jobs each, read as the body is consumed. */
async function* csvLines(
  first: JobsPage,
  maxRows: number,
  more?: { pages: number; read: (page: number) => Promise<JobsPage> },
): AsyncIterable<Uint8Array> {
  const encoder = new TextEncoder();
  // Jobs that start while the range is read shift later pages by a few rows: each job is written once.
  const written = new Set<string>();
  const rows = (page: JobsPage) =>
    page.jobs
      .filter((job) => written.size < maxRows && !written.has(job.jobId) && written.add(job.jobId))
      .map((job) => {
        const view = toJobView(job);
        return csvRow(CSV_COLUMNS.map((column) => view[column]));
      })
      .join('');
  yield encoder.encode(`${BOM}${csvRow(CSV_COLUMNS)}${rows(first)}`);
  if (!more) return;
  for (let page = 2, last = first; page <= more.pages && last.jobs.length === MAX_PAGE_SIZE; page++) {
    last = await more.read(page);
    yield encoder.encode(rows(last));
  }
}
