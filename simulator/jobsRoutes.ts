import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JobsPage } from '../jobs/model';
import { applyFault } from './applyFault';
import type { SimContext } from './context';
import { readBody, sendBadRequest, sendJson } from './http';
import type { SimJobFilter } from './jobStore';
import { parseGraphQuery, parseLegacyBody, type Parsed } from './requestSchemas';

const JSON_TYPES = /^(application\/json|text\/json|application\/[\w.-]+\+json)\s*(;|$)/i;

/** `GET /dynamicsbackup/jobs?…` (Graph dialect). */
export async function graphJobsRoute(req: IncomingMessage, res: ServerResponse, ctx: SimContext, url: URL): Promise<void> {
  if (!(await admit(req, res, ctx))) return;
  answer(res, ctx, parseGraphQuery(url.searchParams));
}

/** `POST /api/OpenApi/GetJobs` with a JobFilterModel body (legacy dialect). */
export async function legacyJobsRoute(req: IncomingMessage, res: ServerResponse, ctx: SimContext): Promise<void> {
  if (!(await admit(req, res, ctx))) return;
  if (!JSON_TYPES.test(req.headers['content-type'] ?? '')) {
    return sendJson(res, 415, {
      error: { code: 'UnsupportedMediaType', message: 'Use application/json, text/json or application/*+json' },
    });
  }
  const text = await readBody(req);
  let body: unknown;
  try {
    body = JSON.parse(text ?? '');
  } catch {
    return sendBadRequest(res, 'body: must be a JSON JobFilterModel');
  }
  answer(res, ctx, parseLegacyBody(body));
}

/** Counts the request, plays any fault, then requires a live bearer token. */
async function admit(req: IncomingMessage, res: ServerResponse, ctx: SimContext): Promise<boolean> {
  ctx.stats.apiRequests += 1;
  const fault = ctx.faults.next('api');
  if (fault && (await applyFault(fault, res, ctx.sleep, ctx.identityNow()))) return false;
  const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
  if (!match || !ctx.tokens.verify(match[1]!, ctx.identityNow())) {
    sendJson(res, 401, { error: { code: 'Unauthorized', message: 'A valid bearer token is required' } }, { 'www-authenticate': 'Bearer' });
    return false;
  }
  return true;
}

function answer(res: ServerResponse, ctx: SimContext, parsed: Parsed): void {
  if (!parsed.ok) return sendBadRequest(res, parsed.message);
  const { filter } = parsed;
  const { totalCount, jobs } = ctx.store.query(filter, ctx.now().getTime());
  const page: JobsPage = {
    totalCount,
    pageIndex: filter.pageIndex,
    pageSize: filter.pageSize,
    nextLink: filter.pageIndex * filter.pageSize < totalCount ? nextLink(filter) : null,
    jobs,
  };
  sendJson(res, 200, page);
}

/** Relative Graph-dialect link to the next page; both dialects answer with it (the same server serves both). */
function nextLink(filter: SimJobFilter): string {
  const params = new URLSearchParams({
    pageIndex: String(filter.pageIndex + 1),
    pageSize: String(filter.pageSize),
    type: String(filter.type),
    startTime: new Date(filter.startMs).toISOString(),
    finishTime: new Date(filter.finishMs).toISOString(),
  });
  if (filter.status !== undefined) params.set('status', String(filter.status));
  if (filter.organizationId !== undefined) params.set('organizationId', filter.organizationId);
  return `/dynamicsbackup/jobs?${params.toString()}`;
}
