/**
 * Sentence understanding for the bot and `GET /api/jobs?q=`: pure, deterministic, no I/O.
 *
 * Dates are read by our own small readers, not chrono-node: on this machine chrono ignores the
 * IANA zone (it returns 12:00 in the host's zone), reads "last week" as now − 7 days rather than
 * the previous calendar week, and silently swaps 20/11 whatever the locale. Calendar arithmetic
 * is luxon's, on wall-clock times (clock.ts), each turned into an instant of the user's zone at the
 * end, so day boundaries follow daylight saving changes.
 */
export { understand } from './understand';
export type { Intent, Question, TimeProblem, UnderstandContext, Understanding } from './types';
export { readRequest, mayNameOrganization } from './readRequest';
export type { Request, RequestContext } from './readRequest';
export type { SubscriptionCommand } from './subscriptionCommand';
export type { TimeZoneSetting } from './readTimeZoneSetting';
