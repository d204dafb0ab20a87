import type { SummaryQuery } from './JobsSummary';
import type { JobQuery } from './model';

/**
 * A query as people see it: the filter, the one line that reads it back ("Failed backup jobs ·
 * yesterday (Europe/Berlin)"), and the IANA zone its times were resolved in and are shown in.
 * A list's (JobQuery) or a summary's (SummaryQuery): what a conversation remembers, what list and
 * summary actions carry, what a digest shows.
 */
export interface QueryAsRead<Q extends JobQuery | SummaryQuery = JobQuery> {
  query: Q;
  /** How the sentence was read (or the digest named), echoed on the card header. */
  reading: string;
  timeZone: string;
}
