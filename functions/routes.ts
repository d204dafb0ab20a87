/** host.json's routePrefix: every HTTP route below is served under it. */
export const ROUTE_PREFIX = 'api';

/** Every HTTP route, named once: the registrations, the API documents and the links in answers use these. */
export const ROUTES = {
  getJobs: 'OpenApi/GetJobs',
  listJobs: 'jobs',
  /** Beside /api/jobs, clear of any /api/jobs/{jobId}. */
  listJobsCsv: 'jobs.csv',
  getJob: 'jobs/{jobId}',
  getSummary: 'summary',
  health: 'health',
  messages: 'messages',
  openApi: 'openapi.json',
  swagger: 'swagger.json',
} as const;
