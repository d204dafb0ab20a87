import type { JobQuery } from '../jobs/model';
import { describeRefinement } from '../jobs/describeRefinement';
import { wallOf, type Clock } from './clock';
import type { Heard } from './readSentence';
import { describeMoments } from './reading';
import type { Intent, Question, TimeProblem } from './types';

const INTENT_READINGS: Readonly<Record<Exclude<Intent, 'query' | 'summary' | 'job'>, string>> = {
  help: 'Help',
  greeting: 'Greeting',
  next: 'Next page of the last query',
  previous: 'Previous page of the last query',
  clarify: 'Asked back',
};
const QUESTION_READINGS: Readonly<Record<Question['kind'], string>> = {
  any: 'Summary, to answer yes or no',
  all: 'Summary, to answer yes or no',
  count: 'Summary, to answer how many',
  when: 'Newest match, to answer when',
  latest: 'Newest job, to answer yes or no',
  rate: 'Summary, to answer with the success rate',
  worst: 'Summary, to answer which organisation did worst',
  none: 'Summary, to answer how many there were',
  missing: 'Summary, to name the organisations without them',
  trend: 'Summary, to compare with the period before',
};

/** Everything the reading line is made of. */
export interface ReadingInput {
  intent: Intent;
  heard: Heard;
  query: JobQuery;
  /** Epoch ms. */
  range: { start: number; end: number };
  clock: Clock;
  question?: Question;
  timeProblem?: TimeProblem;
  countFirst: boolean;
  /** The zone the caller asked for, named when it was not valid. */
  requestedZone: string;
}

function problemText(problem: TimeProblem): string {
  if (problem.kind === 'future') return `"${problem.words}" is in the future: no jobs have run there yet`;
  if (problem.kind === 'tooLong') return `"${problem.words}" is longer than ${problem.maxDays} days, the longest range the service answers`;
  return `"${problem.words}" is before ${problem.earliest.slice(0, 10)}, the earliest jobs the service keeps`;
}

/** One line telling the user how the sentence was read: "Summary · Backup jobs · last night: … (UTC) · org Contoso". */
export function readingOf({ intent, heard, query, range, clock, question, timeProblem, countFirst, requestedZone }: ReadingInput): string {
  const parts: string[] = [];
  if (intent === 'summary') parts.push(question ? QUESTION_READINGS[question.kind] : 'Summary');
  if (intent === 'query' || intent === 'summary') {
    const label = timeProblem ? undefined : heard.range?.label;
    const wallAt = (ms: number) => (ms === clock.now ? clock.nowWall : wallOf(clock, ms));
    parts.push(describeMoments(query, clock.zone, { now: clock.now, ...range, wallAt }, heard.organization?.name, label));
    if (heard.range?.note !== undefined) parts.push(heard.range.note);
    if (query.refine) {
      const excluded = new Map(heard.excluded.organizations.map((o) => [o.id, o.name]));
      parts.push(describeRefinement(query.refine, (id) => excluded.get(id)));
    }
    if (timeProblem) parts.push(problemText(timeProblem));
    if (countFirst) parts.push('count first');
    if (heard.unknownOrganization) parts.push(`unknown org "${heard.unknownOrganization.name}"`);
  } else parts.push(intent === 'job' ? `Job ${heard.jobId}` : INTENT_READINGS[intent]);
  if (!clock.zoneValid) parts.push(`unknown time zone "${requestedZone}", used UTC`);
  return parts.join(' · ');
}
