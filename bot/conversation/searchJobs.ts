import { z } from 'zod';
import { jobDetailCard, jobPreview } from '../../cards';
import type { Job } from '../../jobs/model';
import { timeProblemMessage } from '../../jobs/timeProblemMessage';
import type { Understanding } from '../../reader/types';
import { composeMessage, composeResults } from './composeExtensionAnswer';
import type { InvokeAnswer } from './Reply';
import type { BotDependencies } from '../BotDependencies';

/** The manifest's search command (appPackage/manifest.json, composeExtensions) and its one parameter. */
export const FIND_JOBS_COMMAND = 'findJobs';
const QUERY_PARAMETER = 'query';
/** What the extension shows when opened, before anything is typed (Teams sends `initialRun`). */
export const INITIAL_SENTENCE = 'latest jobs';
/**
 * Results per page: Teams asks for 25 and scrolls on with `skip`, so a page answers what was asked.
 * Each result carries a whole job card: 25 measured 117 KB (docs/BOT.md).
 */
export const MAX_SEARCH_RESULTS = 25;

const queryValueSchema = z.object({
  commandId: z.string(),
  parameters: z.array(z.object({ name: z.string(), value: z.unknown() })).default([]),
  queryOptions: z.object({ skip: z.number().int().min(0).optional(), count: z.number().int().min(1).optional() }).optional(),
});

export interface SearchInput {
  value: unknown;
  timeZone: string;
  locale?: string;
  deps: Pick<BotDependencies, 'jobs' | 'understand' | 'now'>;
  signal?: AbortSignal;
}

const HINT = 'Type what you are looking for, e.g. “failed backups yesterday” or “jobs for Contoso this week”.';

/**
 * `composeExtension/query` for "Find jobs": the typed text is a sentence, read like a chat message
 * (with the organisation names), and the jobs it asks for come back as previews of job cards.
 * Throws UpstreamError (the caller says it in the compose box).
 */
export async function searchJobs({ value, timeZone, locale, deps, signal }: SearchInput): Promise<InvokeAnswer | undefined> {
  const parsed = queryValueSchema.safeParse(value);
  if (!parsed.success || parsed.data.commandId !== FIND_JOBS_COMMAND) return undefined;
  const { parameters, queryOptions } = parsed.data;
  const typed = parameters.find((p) => p.name === QUERY_PARAMETER)?.value;
  const initialRun = parameters.some((p) => p.name === 'initialRun');
  const sentence = typeof typed === 'string' && typed.trim() !== '' && !initialRun ? typed.trim() : INITIAL_SENTENCE;

  const organizations = await deps.jobs.organizations({ signal });
  const understood = deps.understand(sentence, { now: deps.now(), timeZone, locale, organizations, maxPageSize: MAX_SEARCH_RESULTS });
  const refused = refusal(understood);
  if (refused) return composeMessage(refused);

  const toResult = (job: Job) => ({
    card: jobDetailCard({ job, timeZone: understood.timeZone }),
    preview: jobPreview({ job, timeZone: understood.timeZone }),
  });
  if (understood.intent === 'job') {
    const job = await deps.jobs.getJob(understood.jobId ?? '', { signal });
    return job ? composeResults([toResult(job)]) : composeMessage(`No job has the id ${understood.jobId ?? ''}.`);
  }
  const pageSize = Math.min(queryOptions?.count ?? MAX_SEARCH_RESULTS, MAX_SEARCH_RESULTS);
  const page = Math.floor((queryOptions?.skip ?? 0) / pageSize) + 1;
  const { jobs } = await deps.jobs.getJobs({ ...understood.query, page, pageSize }, { signal });
  return composeResults(jobs.map(toResult));
}

/** What is said instead of results: a sentence that is no search, an unknown organisation, a time that cannot be answered. */
function refusal({ intent, unknownOrganization, timeProblem, ignored }: Understanding): string | undefined {
  if (unknownOrganization) {
    const nearest = unknownOrganization.suggestions.length > 0 ? ` Did you mean ${unknownOrganization.suggestions.join(', ')}?` : '';
    return `I know no organisation called “${unknownOrganization.name}”.${nearest}`;
  }
  if (timeProblem) return timeProblemMessage(timeProblem);
  if (intent === 'query' || intent === 'summary' || intent === 'job') return undefined;
  return ignored.length > 0 ? `I did not understand “${ignored.join(' ')}”. ${HINT}` : HINT;
}
