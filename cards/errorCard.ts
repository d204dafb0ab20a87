import type { UpstreamErrorKind } from '../jobs/errors';
import { executeAction, listContext } from './actions';
import type { ExecuteAction, ListContext } from './actions';
import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { displayText } from './text';
import template from './templates/error.json';

/** What went wrong: the upstream kinds, a job that does not exist, or a bug on our side. */
export type ErrorCardKind = UpstreamErrorKind | 'notFound' | 'unexpected';

export interface ErrorCardInput {
  kind?: ErrorCardKind;
  /** Overrides the kind's title. */
  title?: string;
  /** Overrides the kind's message. */
  message?: string;
  /** Seconds after which trying again makes sense (from Retry-After). */
  retryAfterSeconds?: number;
  /** The list to try again; gives a "Try again" button. */
  retry?: ListContext;
}

interface ErrorData {
  title: string;
  message: string;
  hasHint: boolean;
  hint: string;
  actions: ExecuteAction[];
}

const error = cardTemplate<ErrorData>(template);

const WORDING: Record<ErrorCardKind, { title: string; message: string }> = {
  unavailable: { title: 'AvePoint is busy right now', message: 'The backup service is throttling requests or is unavailable.' },
  timeout: { title: 'AvePoint took too long to answer', message: 'The backup service did not answer in time.' },
  badGateway: { title: 'AvePoint sent an unexpected answer', message: 'The backup service failed to answer properly.' },
  notFound: { title: 'Nothing found', message: 'I could not find what you asked for.' },
  unexpected: { title: 'Something went wrong on my side', message: 'The problem was logged. Try again, or ask for something else.' },
};

/** Pure: the error card's template data. */
export function errorData({ kind = 'unexpected', title, message, retryAfterSeconds, retry }: ErrorCardInput): ErrorData {
  const wording = WORDING[kind];
  const wait = retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0;
  return {
    title: `⚠️ ${displayText(title ?? wording.title, 120)}`,
    message: displayText(message ?? wording.message, 400),
    hasHint: wait,
    hint: wait ? `Try again in about ${Math.ceil(retryAfterSeconds)} s.` : '',
    actions: retry ? [executeAction({ verb: 'retry', ...listContext(retry.query, retry.reading, retry.timeZone) }, 'Try again')] : [],
  };
}

/** A friendly card for upstream trouble (throttled, timed out, unavailable) with a "Try again" of the same list. */
export const errorCard = (input: ErrorCardInput): AdaptiveCardJson => error.expand(errorData(input));
