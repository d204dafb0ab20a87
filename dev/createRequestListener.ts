import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvocationContext, type LogLevel } from '@azure/functions';
import { isLoopbackHost } from '../shared/isLoopbackHost';
import type { Logger } from '../shared/Logger';
import type { HttpRegistration, TimerRegistration } from '../functions/registrations';
import { problem } from '../functions/http/problem';
import { BodyTooLargeError, MAX_LOCAL_BODY_BYTES, toHttpRequest } from './toHttpRequest';
import { writeResponse } from './writeResponse';
import { errorLine } from '../shared/errorLine';

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

/** The local host's own refusals, as problem+json like every function's. */
const refuse = (res: ServerResponse, status: number, title: string, detail: string, headers: Record<string, string> = {}) =>
  writeResponse(res, problem({ invocationId: randomUUID() }, status, title, detail, { headers }));

/** The host name of a Host header or an Origin, lower-case; undefined when it does not parse. */
function hostnameOf(value: string, asOrigin: boolean): string | undefined {
  try {
    return new URL(asOrigin ? value : `http://${value}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** A path segment decoded, or undefined for a malformed percent-escape (a 404, like any unknown name). */
function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The client went away mid-request: nothing is wrong with the host. */
const isClientAbort = (req: IncomingMessage, error: unknown) =>
  req.destroyed || (error instanceof Error && ((error as NodeJS.ErrnoException).code === 'ECONNRESET' || error.message === 'aborted'));

/**
 * Routes node requests to the registrations as the Functions host does: `/<prefix>/<route>`
 * (case-insensitive), 405 for a known route with another method, and `POST /admin/functions/<name>`
 * running a timer once (202). Function keys are not checked, as under Core Tools.
 *
 * The host answers only requests addressed to it: a Host header naming loopback or `publicHost`
 * (a DNS-rebinding page names its own domain), and no Origin of another site.
 */
export function createRequestListener(
  table: { http: HttpRegistration[]; timers: TimerRegistration[] },
  routePrefix: string,
  logger: Logger,
  publicHost?: string,
) {
  const routes = table.http.map((registration) => ({ registration, ...routePattern(routePrefix, registration.route) }));
  const timers = new Map(table.timers.map((t) => [t.name.toLowerCase(), t]));
  const served = (name: string | undefined) => name !== undefined && (isLoopbackHost(name) || name === publicHost?.toLowerCase());
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '');
    try {
      if (!served(hostnameOf(req.headers.host ?? '', false)))
        return await refuse(
          res,
          403,
          'Host not served',
          'This local host answers requests to 127.0.0.1, localhost or its PUBLIC_BASE_URL only.',
        );
      const origin = req.headers.origin;
      if (origin !== undefined && !served(hostnameOf(origin, true)))
        return await refuse(res, 403, 'Origin not served', 'This local host answers no requests from web pages of other sites.');
      const admin = /^\/admin\/functions\/([^/]+)$/i.exec(path);
      if (admin) return await runTimer(timers, (decoded(admin[1]!) ?? '').toLowerCase(), req, res, logger);
      const matched = routes.flatMap(({ registration, pattern }) => {
        const match = pattern.exec(path);
        return match ? [{ route: registration, params: { ...match.groups } }] : [];
      });
      // A literal route wins over a template, as in the real host.
      const { route, params } = matched.find((m) => !m.route.route.includes('{')) ?? matched[0] ?? {};
      if (!route)
        return await refuse(
          res,
          404,
          'Not found',
          `Nothing answers ${path || '/'} here. The routes are ${routes.map((r) => r.path).join(', ')}.`,
        );
      if (!route.methods.includes((req.method ?? 'GET').toUpperCase() as HttpRegistration['methods'][number])) {
        return await refuse(res, 405, 'Method not allowed', `${path} answers ${route.methods.join(', ')}.`, {
          allow: route.methods.join(', '),
        });
      }
      const request = await toHttpRequest(req, params);
      await writeResponse(res, await route.handler(request, contextFor(route.name, logger)));
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        // The body was read only in part, and node does not drain a body once reading began: the
        // connection closes after the answer, so a keep-alive client's next request goes on a fresh one.
        return await refuse(res, 413, 'The body is too large', `Bodies are limited to ${MAX_LOCAL_BODY_BYTES} bytes.`, {
          connection: 'close',
        });
      }
      if (isClientAbort(req, error)) {
        logger.info('Client went away before the answer', { path });
        return void res.destroy();
      }
      logger.error('Local host failure', { error: errorLine(error) });
      if (!res.headersSent) await refuse(res, 500, 'Internal error', 'Something went wrong in the local host; its log says what.');
      else res.destroy();
    }
  };
}

/** `/<prefix>/<route>` as a case-insensitive pattern; `{name}` matches one path segment, kept under its name. */
function routePattern(routePrefix: string, route: string): { path: string; pattern: RegExp } {
  const path = `/${[routePrefix, route].filter(Boolean).join('/')}`;
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)');
  return { path, pattern: new RegExp(`^${escaped}$`, 'i') };
}

async function runTimer(timers: Map<string, TimerRegistration>, name: string, req: IncomingMessage, res: ServerResponse, logger: Logger) {
  const timer = timers.get(name);
  if (req.method !== 'POST') return refuse(res, 405, 'Method not allowed', 'Run a timer function with POST.', { allow: 'POST' });
  if (!timer) return refuse(res, 404, 'No such non-HTTP function', `The timer functions are ${[...timers.keys()].join(', ')}.`);
  req.resume();
  // Answered after the run (the real host answers first) so that scripts and tests see its effect.
  try {
    await timer.handler(
      { isPastDue: false, schedule: { adjustForDST: false }, scheduleStatus: { last: '', next: '', lastUpdated: '' } },
      contextFor(timer.name, logger),
    );
  } catch (error) {
    logger.error('Timer function failed', { functionName: timer.name, error: errorLine(error) });
  }
  res.writeHead(202).end();
}
