import { ValidationError } from '../jobs/errors';
import { FILTER_PARAMETERS, FORMAT_PARAMETER } from '../jobs/queryParameters';

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

/** A CSV is the whole range: a page or page size would be silently ignored, so they are refused. */
export function refusePaging(params: URLSearchParams): void {
  const given = [...FILTER_PARAMETERS.page, ...FILTER_PARAMETERS.pageSize].filter((name) => params.has(name));
  if (given.length > 0) {
    throw new ValidationError(
      given.map((field) => ({ field, message: 'does not apply to CSV, which holds the whole range; leave it out' })),
    );
  }
}
