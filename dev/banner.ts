import type { LocalHost } from './startLocalHost';

/** What a newcomer needs after `npm start`: where everything is and one request to try. */
export function banner(host: LocalHost): string {
  const api = `${host.url}/${host.routePrefix}`;
  return [
    '',
    `AvePoint D365 jobs — local host on ${host.url} (loopback only)`,
    ...host.links.map((link) => `  ${link.name}: ${link.url}`),
    `  POST ${api}/OpenApi/GetJobs   JobFilterModel body`,
    `  GET  ${api}/jobs?status=failed&type=backup&size=5`,
    `  GET  ${api}/jobs?q=failed%20backups%20yesterday&tz=Europe/Berlin`,
    `  GET  ${api}/summary?q=how%20are%20my%20backups&tz=Europe/Berlin`,
    `  GET  ${api}/jobs.csv?status=failed         (for Excel)`,
    `  GET  ${api}/health    GET ${api}/openapi.json    GET ${api}/swagger.json (Power Platform)`,
    `  POST ${api}/messages   Teams bot (Bot Framework activities)`,
    `  POST ${host.url}/admin/functions/refreshOrganizations, …/deliverAlerts   (runs a timer once)`,
    ...(host.simulator
      ? [`  POST ${host.simulator.url}/_sim/jobs   inject a job, e.g. {"type":1,"status":4,"organizationName":"Contoso"}`]
      : []),
    host.simulator
      ? `  Upstream: embedded AvePoint simulator at ${host.simulator.url} (AVEPOINT_GRAPH_URL unset)`
      : '  Upstream: AVEPOINT_GRAPH_URL',
    !host.azurite
      ? '  Storage: AzureWebJobsStorage'
      : host.storageLocation
        ? `  Storage: Azurite, data kept in ${host.storageLocation} (subscriptions survive a restart)`
        : '  Storage: Azurite (in memory), started for this run',
    '  Function keys are not checked locally (as under Core Tools); Azure requires x-functions-key or ?code=.',
    '',
    'Try:',
    `  curl -s -X POST ${api}/OpenApi/GetJobs -H 'content-type: application/json' \\`,
    `    -d '{"pageInfo":{"currentPage":1,"pageSize":5},"type":1,"status":4}'`,
    '',
  ].join('\n');
}
