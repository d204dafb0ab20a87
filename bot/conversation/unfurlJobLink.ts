import { z } from 'zod';
import { jobDetailCard, jobPreview } from '../../cards';
import { jobIdOfLink } from '../../jobs/jobLink';
import { composeResults } from './composeExtensionAnswer';
import type { InvokeAnswer } from './Reply';
import type { BotDependencies } from '../BotDependencies';

const queryLinkSchema = z.object({ url: z.string() });

export interface UnfurlInput {
  value: unknown;
  timeZone: string;
  /** The app's public URL (PUBLIC_BASE_URL): only links to its own job URLs are unfurled. */
  publicBaseUrl: string;
  deps: Pick<BotDependencies, 'jobs'>;
  signal?: AbortSignal;
}

/**
 * `composeExtension/queryLink`: a pasted link to one of this app's jobs (`<public URL>/api/jobs/<id>`)
 * shows that job's card. Any other link, and a job that does not exist, is left as a plain link
 * (no result) without asking AvePoint for anything it does not need to. Throws UpstreamError.
 */
export async function unfurlJobLink({ value, timeZone, publicBaseUrl, deps, signal }: UnfurlInput): Promise<InvokeAnswer> {
  const url = queryLinkSchema.safeParse(value).data?.url;
  const jobId = url === undefined ? undefined : jobIdOfLink(url, publicBaseUrl);
  const job = jobId === undefined ? undefined : await deps.jobs.getJob(jobId, { signal });
  return composeResults(job ? [{ card: jobDetailCard({ job, timeZone }), preview: jobPreview({ job, timeZone }) }] : []);
}
