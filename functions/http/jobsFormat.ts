import { ValidationError } from '../../shared/errors';
import { FILTER_PARAMETERS, FORMAT_PARAMETER } from './queryParameters';

const FORMATS = ['json', 'csv'] as const;
export type JobsFormat = (typeof FORMATS)[number];

/**
 * `format=` when given (a link in a browser or a card cannot set headers); otherwise CSV only when
 * the Accept header prefers text/csv to JSON, so that `*\/*` and the usual `application/json, text/csv`
 * keep JSON.
 */
export function jobsFormat(params: URLSearchParams, accept: string | null): JobsFormat {
  const given = params.get(FORMAT_PARAMETER)?.trim().toLowerCase();
  if (given) {
    if (!(FORMATS as readonly string[]).includes(given))
      throw new ValidationError([{ field: FORMAT_PARAMETER, message: 'must be json or csv' }]);
    return given as JobsFormat;
  }
  return quality(accept, 'text/csv') > quality(accept, 'application/json') ? 'csv' : 'json';
}

/** The q value of one media type named in an Accept header (0 when not named; wildcards do not count). */
function quality(accept: string | null, mediaType: string): number {
  for (const range of (accept ?? '').split(',')) {
    const [type, ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    if (type !== mediaType) continue;
    const q = params.find((param) => param.startsWith('q='));
    return q === undefined ? 1 : Number(q.slice(2)) || 0;
  }
  return 0;
}

/** What a CSV request asks besides the filter: at most `limit` rows (the newest), and the parameters left to read. */
export interface CsvRequest {
  params: URLSearchParams;
  /** From `size` (or `pageSize`): a row limit, not a page. */
  limit?: { value: number; field: string };
}

/**
 * A CSV holds the range from its newest job: a page would be silently ignored, so it is refused;
 * a page size is read as a row limit (1 to CSV_MAX_JOBS), which is what a caller of an export means.
 */
export function readCsvRequest(params: URLSearchParams, maxRows: number): CsvRequest {
  const pages = FILTER_PARAMETERS.page.filter((name) => params.has(name));
  if (pages.length > 0) {
    throw new ValidationError(
      pages.map((field) => ({ field, message: 'does not apply to CSV, which starts at the newest job; leave it out' })),
    );
  }
  const sizes = FILTER_PARAMETERS.pageSize.filter((name) => params.has(name));
  if (sizes.length === 0) return { params };
  const field = sizes[0]!;
  const values = params.getAll(field);
  const value = Number(values[0]);
  if (sizes.length > 1 || values.length > 1 || !/^\d+$/.test(values[0]!.trim()) || value < 1 || value > maxRows) {
    throw new ValidationError([{ field, message: `a CSV row limit: one whole number from 1 to ${maxRows.toLocaleString('en-US')}` }]);
  }
  const rest = new URLSearchParams(params);
  rest.delete(field);
  return { params: rest, limit: { value, field } };
}
