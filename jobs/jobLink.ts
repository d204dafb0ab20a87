/** Where one job lives on the facade (host.json routePrefix "api" + route "jobs/{jobId}"). */
export const JOB_PATH_PREFIX = '/api/jobs/';

/** A job id the facade accepts in a URL: AvePoint's letters and digits (a GUID's hyphens too), never a path. */
export const JOB_ID_IN_URL = /^[A-Za-z0-9-]{1,64}$/;

/** The job's own URL, absolute from the app's public URL: what a user copies, pastes and Teams unfurls. */
export const jobLink = (baseUrl: string, jobId: string): string => `${baseUrl}${JOB_PATH_PREFIX}${encodeURIComponent(jobId)}`;

/**
 * The job id of a link to this app's own job URL, or undefined for any other link: another host,
 * another scheme, another path. The query string (a function key, say) is ignored.
 */
export function jobIdOfLink(link: string, baseUrl: string): string | undefined {
  if (!URL.canParse(link)) return undefined;
  const url = new URL(link);
  const base = new URL(baseUrl);
  if (url.protocol !== base.protocol || url.host !== base.host) return undefined;
  const prefix = `${base.pathname.replace(/\/+$/, '')}${JOB_PATH_PREFIX}`;
  if (!url.pathname.startsWith(prefix)) return undefined;
  // Ids are letters, digits and hyphens, which are never percent-encoded: the raw segment is the id.
  const id = url.pathname.slice(prefix.length).replace(/\/+$/, '');
  return JOB_ID_IN_URL.test(id) ? id : undefined;
}
