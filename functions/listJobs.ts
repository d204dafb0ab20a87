import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { ValidationError } from '../jobs/errors';
import type { JobsService } from '../jobs/JobsService';
import { parseJobsQueryString } from '../jobs/parseJobsQueryString';
import { luxonZoneName } from '../jobs/timeZone';
import type { Understand } from '../jobs/understand/types';
import { jobsResponse } from './jobsResponse';
import { errorResponse } from './problem';

export interface ListJobsDeps {
  jobs: Pick<JobsService, 'getJobs' | 'organizations'>;
  understand: Understand;
  now: () => Date;
}

/**
 * GET /api/jobs: the filter as query parameters, or `q=<sentence>&tz=<IANA zone>[&locale=…]` read
 * like the bot reads it (other filter parameters are then ignored). A `q` that is not a query for
 * jobs (help, greeting, next, a job id) is a 400: paging and help belong to conversations, and the
 * nextLink of every answer already pages.
 */
export function listJobsHandler(deps: ListJobsDeps) {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    try {
      const params = new URL(request.url).searchParams;
      const sentence = params.get('q');
      if (sentence === null) {
        const query = parseJobsQueryString(params, deps.now());
        return { status: 200, jsonBody: jobsResponse(await deps.jobs.getJobs(query), query, request.url) };
      }
      const understanding = deps.understand(sentence, {
        now: deps.now(),
        ...readZoneAndLocale(params),
        organizations: await deps.jobs.organizations(),
      });
      if (understanding.intent !== 'query') {
        throw new ValidationError([
          { field: 'q', message: `must describe jobs (e.g. "failed backups yesterday"); it was read as ${understanding.intent}` },
        ]);
      }
      const { query, reading, ignored, timeZone, intent, unknownOrganization } = understanding;
      const body = jobsResponse(await deps.jobs.getJobs(query), query, request.url);
      const interpretation = { reading, ignored, timeZone, intent, ...(unknownOrganization && { unknownOrganization }) };
      return { status: 200, jsonBody: { ...body, interpretation } };
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}

function readZoneAndLocale(params: URLSearchParams): { timeZone: string; locale?: string } {
  const timeZone = params.get('tz')?.trim() || 'UTC';
  const locale = params.get('locale')?.trim() || undefined;
  const issues = [];
  if (luxonZoneName(timeZone) === undefined) issues.push({ field: 'tz', message: 'must be an IANA time zone such as Europe/Berlin' });
  if (locale !== undefined && !isLocale(locale)) issues.push({ field: 'locale', message: 'must be a BCP 47 locale such as en-GB' });
  if (issues.length > 0) throw new ValidationError(issues);
  return { timeZone, ...(locale && { locale }) };
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
