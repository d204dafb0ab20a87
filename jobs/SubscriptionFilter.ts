import type { JobStatusValue, JobTypeValue } from './enums';

/** What a subscription watches for: each new matching job, an organisation missing its backup, or a daily digest. */
export type SubscriptionKind = 'jobs' | 'missedBackup' | 'digest';

/** A JobQuery without its range and paging: what a subscription asks the upstream for on every run. */
export interface SubscriptionFilter {
  /** Empty = every finished outcome (finished, failed, with exception). */
  statuses: JobStatusValue[];
  type: JobTypeValue;
  organizationId?: string;
  /** As the user named it, for cards; the id is what is matched. */
  organizationName?: string;
}
