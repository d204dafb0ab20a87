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
    `  GET  ${api}/health    GET ${api}/openapi.json`,
    `  POST ${api}/messages   Teams bot (Bot Framework activities)`,
    `  POST ${host.url}/admin/functions/refreshOrganizations   (runs the timer once)`,
    host.simulator
      ? `  Upstream: embedded AvePoint simulator at ${host.simulator.url} (AVEPOINT_GRAPH_URL unset)`
      : '  Upstream: AVEPOINT_GRAPH_URL',
    host.azurite ? '  Storage: Azurite (in memory), started for this run' : '  Storage: AzureWebJobsStorage',
    '  Function keys are not checked locally (as under Core Tools); Azure requires x-functions-key or ?code=.',
    '',
    'Try:',
    `  curl -s -X POST ${api}/OpenApi/GetJobs -H 'content-type: application/json' \\`,
    `    -d '{"pageInfo":{"currentPage":1,"pageSize":5},"type":1,"status":4}'`,
    '',
  ].join('\n');
}
