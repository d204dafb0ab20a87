import type { UpstreamErrorKind } from '../shared/errors';
import { executeAction, imBackAction } from './actions';
import type { CardActionData, ExecuteAction, ImBackAction } from './actions';
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
  /** What "Try again" does; without it there is no button. */
  retry?: Retry;
}

/** Run a card action again (a list, a job), or post the user's sentence again as if typed (imBack). */
export type Retry = { action: CardActionData } | { sentence: string };

/** Sentences longer than this get no "Try again": the card would carry all of it. */
const RESEND_MAX = 500;

interface ErrorData {
  title: string;
  message: string;
  hasHint: boolean;
  hint: string;
  actions: (ExecuteAction | ImBackAction)[];
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
    actions: retryActions(retry),
  };
}

/** "Try again", unless there is nothing (or too much) to send again. */
function retryActions(retry: Retry | undefined): (ExecuteAction | ImBackAction)[] {
  if (retry === undefined) return [];
  if ('action' in retry) return [executeAction(retry.action, 'Try again')];
  const { sentence } = retry;
  return sentence.trim() !== '' && sentence.length <= RESEND_MAX ? [imBackAction(sentence, 'Try again')] : [];
}

/** A friendly card for upstream trouble (throttled, timed out, unavailable) with a "Try again" of what failed. */
export const errorCard = (input: ErrorCardInput): AdaptiveCardJson => error.expand(errorData(input));
