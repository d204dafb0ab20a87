import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvocationContext, type LogLevel } from '@azure/functions';
import type { Logger } from '../jobs/Logger';
import type { HttpRegistration, TimerRegistration } from '../functions/registrations';
import { BodyTooLargeError, toHttpRequest } from './toHttpRequest';
import { writeResponse } from './writeResponse';

const contextFor = (functionName: string, logger: Logger) =>
  new InvocationContext({
    invocationId: randomUUID(),
    functionName,
    logHandler: (level: LogLevel, ...args: unknown[]) => {
      const [message, properties] = args;
      const props = { functionName, ...(typeof properties === 'object' && properties !== null ? properties : {}) };
      const text = typeof message === 'string' ? message : String(message);
      if (level === 'error' || level === 'critical') logger.error(text, props);
      else if (level === 'warning') logger.warn(text, props);
      else logger.info(text, props);
    },
  });

const plain = (res: ServerResponse, status: number, text: string) => {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
};

/**
 * Routes node requests to the registrations as the Functions host does: `/<prefix>/<route>`
 * (case-insensitive), 405 for a known route with another method, and `POST /admin/functions/<name>`
 * running a timer once (202). Function keys are not checked, as under Core Tools.
 */
export function createRequestListener(
  table: { http: HttpRegistration[]; timers: TimerRegistration[] },
  routePrefix: string,
  logger: Logger,
) {
  const routes = new Map(table.http.map((r) => [`/${[routePrefix, r.route].filter(Boolean).join('/')}`.toLowerCase(), r]));
  const timers = new Map(table.timers.map((t) => [t.name.toLowerCase(), t]));
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '').toLowerCase();
    try {
      const admin = /^\/admin\/functions\/([^/]+)$/.exec(path);
      if (admin) return await runTimer(timers.get(decodeURIComponent(admin[1]!)), req, res, logger);
      const route = routes.get(path);
      if (!route) return plain(res, 404, 'Not found');
      if (!route.methods.includes((req.method ?? 'GET').toUpperCase() as HttpRegistration['methods'][number])) {
        return plain(res, 405, 'Method not allowed');
      }
      const request = await toHttpRequest(req);
      await writeResponse(res, await route.handler(request, contextFor(route.name, logger)));
    } catch (error) {
      if (error instanceof BodyTooLargeError) return plain(res, 413, 'Request body too large');
      logger.error('Local host failure', { error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) plain(res, 500, 'Internal error');
      else res.destroy();
    }
  };
}

async function runTimer(timer: TimerRegistration | undefined, req: IncomingMessage, res: ServerResponse, logger: Logger) {
  if (req.method !== 'POST') return plain(res, 405, 'Method not allowed');
  if (!timer) return plain(res, 404, 'No such non-HTTP function');
  req.resume();
  // Answered after the run (the real host answers first) so that scripts and tests see its effect.
  try {
    await timer.handler({ isPastDue: false, schedule: { adjustForDST: false }, scheduleStatus: { last: '', next: '', lastUpdated: '' } }, contextFor(timer.name, logger));
  } catch (error) {
    logger.error('Timer function failed', { functionName: timer.name, error: error instanceof Error ? error.message : String(error) });
  }
  res.writeHead(202).end();
}
