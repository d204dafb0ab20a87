import { DAY_MS } from './time';

/**
 * The rules every way in shares (POST body, query string, sentence, card data), named once.
 * docs/API.md lists them for callers.
 */

/** The upstream's page size limit, and so the facade's. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;
/** A page number this deep is never a real request; the bound keeps page × pageSize a safe number. */
export const MAX_PAGE = 1_000_000;
/**
 * Several statuses are merged from one upstream listing per status, each read from its first page;
 * the facade reads at most this many jobs per status (ten upstream pages of 100).
 */
export const MERGED_RESULT_LIMIT = 1000;
/**
 * The most jobs one answer walks upstream (100 pages of 100, a few MB): one CSV file, or the scan a
 * refinement (jobs/Refinement.ts) filters and sorts. Past it, a CSV is refused and a refined list says
 * it looked at this many only.
 */
export const REFINE_SCAN_LIMIT = 10_000;
/** Without times, the last 7 days ending now (docs/BOT.md says the same for sentences). */
export const DEFAULT_RANGE_DAYS = 7;
export const DEFAULT_RANGE_MS = DEFAULT_RANGE_DAYS * DAY_MS;
/** One year (leap-safe): longer ranges are almost always a typo and make the upstream scan everything. */
export const MAX_RANGE_DAYS = 366;
/** AvePoint Cloud Backup has no jobs this old; earlier dates are typos (e.g. epoch seconds sent as milliseconds). */
export const EARLIEST_MS = Date.UTC(2000, 0, 1);
/** Clocks drift and callers round up; more than a day ahead is a mistake. */
export const FUTURE_SLACK_MS = DAY_MS;
