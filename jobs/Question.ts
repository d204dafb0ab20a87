import type { JobStatusValue } from './enums';

/** A question to answer with a sentence before the numbers: "did … succeed?" (yes/no), "how many … ?" (count). */
export interface Question {
  kind: 'yesNo' | 'count';
  /** The statuses asked about ("did … succeed" → finished, "any failures" → failed); empty: jobs of any status. */
  statuses: JobStatusValue[];
}
