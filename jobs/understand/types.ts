import type { JobStatusValue } from '../enums';
import type { JobQuery, Organization } from '../model';

/** What the caller knows besides the sentence. */
export interface UnderstandContext {
  now: Date;
  /** IANA zone of the user; an invalid zone falls back to UTC and the reading says so. */
  timeZone: string;
  /** e.g. 'en-US' (11/20 is month first) or 'en-GB' (20/11 is day first). */
  locale?: string;
  /** Known organisations, for matching names after "for", "org", "tenant"… */
  organizations: Organization[];
  /** Largest page size a sentence may ask for; default the service's MAX_PAGE_SIZE (the bot asks for one card's rows). */
  maxPageSize?: number;
}

export type Intent = 'query' | 'summary' | 'next' | 'previous' | 'help' | 'job' | 'greeting';

/** A question to answer with a sentence before the numbers: "did … succeed?" (yes/no), "how many … ?" (count). */
export interface Question {
  kind: 'yesNo' | 'count';
  /** The statuses asked about ("did … succeed" → finished, "any failures" → failed); empty: jobs of any status. */
  statuses: JobStatusValue[];
}

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

/** How one sentence was read. */
export interface Understanding {
  intent: Intent;
  /** The exact filter with defaults applied for 'query' and 'summary' (a summary looks back 24 hours, a list 7 days); the defaults otherwise. */
  query: JobQuery;
  /** For 'job'. */
  jobId?: string;
  /** One line telling the user how the sentence was read. */
  reading: string;
  /** Words not understood, in order, as typed. */
  ignored: string[];
  /** The zone actually used. */
  timeZone: string;
  /** A name after "for"/"org"/… that matches no known organisation, with the nearest known names. */
  unknownOrganization?: { name: string; suggestions: string[] };
  /** For 'summary': a question to answer first ("did last night's backups succeed?", "how many failed?"). */
  question?: Question;
  /** For 'query': the sentence asked for more per page than maxPageSize, and got maxPageSize. */
  pageSizeCapped?: true;
  /** For 'query': "show … how many": say the count before the list. */
  countFirst?: true;
  /** For 'query': "latest", "newest", "most recent" were said: newest first (the service's order), not a range. */
  newestFirst?: true;
  /** The time said cannot be answered (future, too long, too early); the query has the default range. */
  timeProblem?: TimeProblem;
}

/** One word of the sentence: as typed, lower-cased, and lower-cased with a keyword typo corrected. */
export interface Token {
  text: string;
  lower: string;
  word: string;
}

/** The understanding function, as the bot and the facade receive it (injected by app/compose.ts). */
export type Understand = (sentence: string, context: UnderstandContext) => Understanding;
