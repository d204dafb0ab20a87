/**
 * A time the service cannot answer for, with the user's own words, so that the caller says so
 * instead of answering another range; the query then carries the default range.
 */
export type TimeProblem =
  /** "tomorrow", "next week", "this evening" at noon: no job has run there yet. */
  | { kind: 'future'; words: string }
  /** "since 1999", "last 1000 days": longer than the facade allows (maxDays). */
  | { kind: 'tooLong'; words: string; maxDays: number }
  /** "on 1999-05-01": before any job the service keeps (earliest, ISO UTC). */
  | { kind: 'tooEarly'; words: string; earliest: string };
