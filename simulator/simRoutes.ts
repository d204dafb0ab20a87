import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { SimContext } from './context';
import { faultsRequestSchema } from './faults';
import { readBody, sendBadRequest, sendJson } from './http';
import { injectJobSchema, plannedInjection } from './injectJob';
import { materialize } from './materialize';
import { ORGANIZATIONS } from './organizations';

/** `POST /_sim/faults` (one fault or an array), `DELETE /_sim/faults`, `GET /_sim/stats`: lets other processes drive the simulator. */
export async function simRoute(req: IncomingMessage, res: ServerResponse, ctx: SimContext, path: string): Promise<void> {
  if (path === '/_sim/stats' && req.method === 'GET') return sendJson(res, 200, ctx.stats);
  if (path === '/_sim/jobs') return injectJobRoute(req, res, ctx);
  if (path !== '/_sim/faults') return sendJson(res, 404, { error: { code: 'NotFound', message: 'No such route' } });
  if (req.method === 'DELETE') {
    ctx.faults.clear();
    res.writeHead(204).end();
    return;
  }
  if (req.method !== 'POST') return sendJson(res, 405, { error: { code: 'MethodNotAllowed', message: 'Use POST or DELETE' } });
  const faults = await readJsonRequest(req, res, faultsRequestSchema);
  if (faults === undefined) return;
  ctx.faults.inject(faults);
  res.writeHead(204).end();
}

/** `POST /_sim/jobs`: adds one job now and answers it (with its jobId), as the API will show it. */
async function injectJobRoute(req: IncomingMessage, res: ServerResponse, ctx: SimContext): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, { error: { code: 'MethodNotAllowed', message: 'Use POST' } });
  const injection = await readJsonRequest(req, res, injectJobSchema);
  if (injection === undefined) return;
  const nowMs = ctx.now().getTime();
  ctx.injected += 1;
  const planned = plannedInjection(injection, ORGANIZATIONS, nowMs, ctx.injected);
  if (typeof planned === 'string') return sendBadRequest(res, planned);
  ctx.store.add(planned);
  sendJson(res, 201, materialize(planned, Math.max(nowMs, planned.startMs)));
}

/** A JSON body as `schema` reads it, or undefined once a 400 naming the fields is sent. */
async function readJsonRequest<T>(req: IncomingMessage, res: ServerResponse, schema: z.ZodType<T>): Promise<T | undefined> {
  let body: unknown;
  try {
    body = JSON.parse((await readBody(req)) ?? '');
  } catch {
    sendBadRequest(res, 'body: must be JSON');
    return undefined;
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  sendBadRequest(res, parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return undefined;
}
