import type { Question } from '../jobs/Question';
import type { TimeProblem } from '../jobs/TimeProblem';
import type { JobQuery, Organization } from '../jobs/model';

export type { Question, TimeProblem };

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

/** 'clarify': the sentence holds words that cannot be used; it is asked back, never run without them. */
export type Intent = 'query' | 'summary' | 'next' | 'previous' | 'help' | 'job' | 'greeting' | 'clarify';

/** A one-click answer to a question back: a sentence the reader reads in full. */
export interface Choice {
  label: string;
  sentence: string;
}

/** Why a sentence is asked back, and the sentences offered instead. */
export interface Clarification {
  /** The words that could not be used, as typed. */
  words: string[];
  /** One short sentence: `I can't use "fiscal" yet.` */
  message: string;
  choices: Choice[];
}

/** How one sentence was read. */
export interface Understanding {
  intent: Intent;
  /** The exact filter with defaults applied for 'query' and 'summary' (a summary looks back 24 hours, a list 7 days); the defaults otherwise. */
  query: JobQuery;
  /** For 'job'. */
  jobId?: string;
  /** The organisation the query is for, when one was named. */
  organization?: Organization;
  /** One line telling the user how the sentence was read. */
  reading: string;
  /** Words not understood, in order, as typed. */
  ignored: string[];
  /** For 'clarify': what to ask back. */
  clarification?: Clarification;
  /** The zone actually used. */
  timeZone: string;
  /** A name after "for"/"org"/… that matches no known organisation, with the nearest known names. */
  unknownOrganization?: { name: string; suggestions: string[] };
  /** For 'summary': a question to answer first ("did last night's backups succeed?", "how many failed?", "when …?"). */
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
