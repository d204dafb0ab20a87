import type { JobStatusValue } from './enums';

/**
 * A question answered with a sentence before the numbers, its subject and polarity as asked:
 * - `any`: "were there issues?", "is anything running?", "did any backup fail?" — Yes when some job has one of the statuses;
 * - `all`: "did the backups succeed?", "is Wingtip healthy?", "were all restores ok?" — Yes when every job has one of them;
 * - `count`: "how many exports this week?" — the number;
 * - `when`: "when was Northwind's last good backup?" — the time of the newest such job;
 * - `latest`: "was the last backup successful?" — whether the newest job has one of the statuses;
 * - `rate`: "what is our success rate?" — the share of ended jobs that finished;
 * - `worst`: "which organisation has the worst record?" — the one with the lowest success rate;
 * - `trend`: "are backups getting better?" — the failures against the period before;
 * - `none`: "no failures this week?", "did nothing fail?" — how many jobs have one of the statuses, said without a Yes or
 *   No (to a question about absence, either word reads both ways);
 * - `missing`: "which organisations had no backup yesterday?" — the organisations without a job of the type (and statuses).
 */
export const QUESTION_KINDS = ['any', 'all', 'count', 'when', 'latest', 'rate', 'worst', 'trend', 'none', 'missing'] as const;

export interface Question {
  kind: (typeof QUESTION_KINDS)[number];
  /** The statuses asked about ("succeed" → finished, "issues" → failed and finished with exception); empty: jobs of any status. */
  statuses: JobStatusValue[];
}
