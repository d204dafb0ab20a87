import type { HttpHandler, HttpMethod, Timer, InvocationContext } from '@azure/functions';
import type { ComposedApp } from '../app/compose';
import { deliverAlertsHandler } from './deliverAlerts';
import { getJobHandler } from './getJob';
import { getJobsHandler } from './getJobs';
import { getSummaryHandler } from './getSummary';
import { healthHandler } from './health';
import { listJobsHandler } from './listJobs';
import { listJobsCsvHandler } from './listJobsCsv';
import { messagesHandler } from './messages';
import { openApiHandler } from './openApi';
import { REFRESH_ORGANIZATIONS_SCHEDULE, refreshOrganizationsHandler } from './refreshOrganizations';
import { ROUTES } from './routes';
import { swaggerHandler } from './swagger';

export interface HttpRegistration {
  name: string;
  methods: HttpMethod[];
  authLevel: 'anonymous' | 'function' | 'admin';
  route: string;
  handler: HttpHandler;
}

export interface TimerRegistration {
  name: string;
  schedule: string;
  handler: (timer: Timer, context: InvocationContext) => Promise<void>;
}

/**
 * The one table of functions: Azure (functions/index.ts) and the local host (dev/) both serve exactly this.
 * The facade needs a function key; health and the OpenAPI document are anonymous so that probes and
 * connector wizards can read them; the bot endpoint authenticates Bot Framework tokens itself.
 */
export function registrations(app: ComposedApp): { http: HttpRegistration[]; timers: TimerRegistration[] } {
  const { jobs, now } = app;
  const { publicBaseUrl } = app.config;
  return {
    http: [
      {
        name: 'getJobs',
        methods: ['POST'],
        authLevel: 'function',
        route: ROUTES.getJobs,
        handler: getJobsHandler({ jobs, now, publicBaseUrl }),
      },
      {
        name: 'listJobs',
        methods: ['GET'],
        authLevel: 'function',
        route: ROUTES.listJobs,
        handler: listJobsHandler({ jobs, summaries: app.summaries, now, understand: app.understand, publicBaseUrl }),
      },
      {
        name: 'listJobsCsv',
        methods: ['GET'],
        authLevel: 'function',
        route: ROUTES.listJobsCsv,
        handler: listJobsCsvHandler({ jobs, now, understand: app.understand }),
      },
      { name: 'getJob', methods: ['GET'], authLevel: 'function', route: ROUTES.getJob, handler: getJobHandler({ jobs }) },
      {
        name: 'getSummary',
        methods: ['GET'],
        authLevel: 'function',
        route: ROUTES.getSummary,
        handler: getSummaryHandler({ summaries: app.summaries, jobs, understand: app.understand, now }),
      },
      {
        name: 'health',
        methods: ['GET', 'HEAD'],
        authLevel: 'anonymous',
        route: ROUTES.health,
        handler: healthHandler({ upstream: app.upstream }),
      },
      { name: 'messages', methods: ['POST'], authLevel: 'anonymous', route: ROUTES.messages, handler: messagesHandler(app.bot) },
      { name: 'openApi', methods: ['GET'], authLevel: 'anonymous', route: ROUTES.openApi, handler: openApiHandler(publicBaseUrl) },
      { name: 'swagger', methods: ['GET'], authLevel: 'anonymous', route: ROUTES.swagger, handler: swaggerHandler(publicBaseUrl) },
    ],
    timers: [
      {
        name: 'refreshOrganizations',
        schedule: REFRESH_ORGANIZATIONS_SCHEDULE,
        handler: refreshOrganizationsHandler({ directory: app.organizations }),
      },
      { name: 'deliverAlerts', schedule: app.config.alerts.schedule, handler: deliverAlertsHandler({ deliver: app.deliverAlerts }) },
    ],
  };
}
