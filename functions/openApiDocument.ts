/** The facade as OpenAPI 3.0, shaped for import as a Power Automate custom connector. */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const json = (schema: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } });
  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
  const errors = {
    '400': problem('Invalid filter; `errors` names each field'),
    '401': { description: 'Missing or wrong function key' },
    '502': problem('The AvePoint service failed'),
    '503': problem('The AvePoint service is unavailable (see Retry-After)'),
    '504': problem('The AvePoint service did not answer in time'),
  };
  const query = (name: string, summary: string, description: string, schema: Record<string, unknown>) => ({
    name,
    in: 'query',
    required: false,
    description,
    'x-ms-summary': summary,
    schema,
  });
  const time = { type: 'string', description: 'ISO 8601 with offset or Z, or epoch milliseconds' };
  return {
    openapi: '3.0.3',
    info: {
      title: 'AvePoint Dynamics 365 backup jobs',
      version: '1.0.0',
      description: 'Jobs of AvePoint Cloud Backup for Dynamics 365. Times are UTC; without times, the last 7 days.',
    },
    servers: [{ url: `${serverUrl}/api` }],
    security: [{ functionKeyHeader: [] }, { functionKeyQuery: [] }],
    paths: {
      '/OpenApi/GetJobs': {
        post: {
          operationId: 'GetJobs',
          summary: 'Get jobs (JobFilterModel body)',
          description: 'Drop-in for AvePoint GetJobs: a JobFilterModel in, a page of jobs and the effective filter out.',
          requestBody: { required: false, content: { ...json('JobFilterModel'), 'text/json': json('JobFilterModel')['application/json'] } },
          responses: { '200': { description: 'A page of jobs', content: json('JobsPage') }, ...errors, '413': problem('Body over 64 KB'), '415': problem('Not JSON') },
        },
      },
      '/jobs': {
        get: {
          operationId: 'ListJobs',
          summary: 'List jobs (query string or sentence)',
          description: 'The filter as query parameters, or `q` = a sentence such as "failed backups yesterday" read in time zone `tz`.',
          parameters: [
            query('status', 'Status', 'inProgress, finished, failed, finishedWithException or 2, 3, 4, 7; comma-separated for several', { type: 'string' }),
            query('type', 'Job type', 'all, backup, restore, dryRun, retention, auditBackup, export or 0, 1, 2, 4, 8, 16, 32', { type: 'string' }),
            query('start', 'Start time', 'Start of the range (default: 7 days before the end)', time),
            query('end', 'End time', 'End of the range (default: now)', time),
            query('org', 'Organization id', 'Organization GUID', { type: 'string', format: 'uuid' }),
            query('objectType', 'Object type', 'AvePoint module type', { type: 'integer' }),
            query('page', 'Page', '1-based page number', { type: 'integer', minimum: 1, default: 1 }),
            query('size', 'Page size', 'Jobs per page', { type: 'integer', minimum: 1, maximum: 100, default: 10 }),
            query('q', 'Sentence', 'A sentence describing the jobs, e.g. "failed backups yesterday"; other filter parameters are then ignored', { type: 'string' }),
            query('tz', 'Time zone', 'IANA time zone for `q`, e.g. Europe/Berlin (default UTC)', { type: 'string' }),
            query('locale', 'Locale', 'Locale for dates in `q`, e.g. en-GB', { type: 'string' }),
          ],
          responses: { '200': { description: 'A page of jobs', content: json('JobsPage') }, ...errors },
        },
      },
      '/health': {
        get: {
          operationId: 'Health',
          summary: 'Health of the app and its upstream',
          security: [],
          responses: { '200': { description: 'Healthy' }, '503': { description: 'The upstream is not reachable or refuses the token' } },
        },
      },
    },
    components: {
      securitySchemes: {
        functionKeyHeader: { type: 'apiKey', in: 'header', name: 'x-functions-key' },
        functionKeyQuery: { type: 'apiKey', in: 'query', name: 'code' },
      },
      schemas: schemas(time),
    },
  };
}

function schemas(time: Record<string, unknown>): Record<string, unknown> {
  const integer = { type: 'integer', format: 'int32' };
  const count = (summary: string) => ({ ...integer, 'x-ms-summary': summary });
  return {
    JobFilterModel: {
      type: 'object',
      properties: {
        pageInfo: { type: 'object', properties: { currentPage: { ...integer, minimum: 1, default: 1 }, pageSize: { ...integer, minimum: 1, maximum: 100, default: 10 } } },
        type: { ...integer, enum: [0, 1, 2, 4, 8, 16, 32], default: 0, 'x-ms-summary': 'Job type' },
        startTime: { ...time, 'x-ms-summary': 'Start time' },
        endTime: { ...time, 'x-ms-summary': 'End time' },
        status: { ...integer, enum: [2, 3, 4, 7], 'x-ms-summary': 'Status' },
        organizationId: { type: 'string', format: 'uuid', 'x-ms-summary': 'Organization id' },
        objectType: count('Object type'),
      },
    },
    Job: {
      type: 'object',
      properties: {
        jobId: { type: 'string', 'x-ms-summary': 'Job id' },
        module: { type: 'string', 'x-ms-summary': 'Module' },
        type: count('Type'),
        typeName: { type: 'string', 'x-ms-summary': 'Type name' },
        status: count('Status'),
        statusName: { type: 'string', 'x-ms-summary': 'Status name' },
        startTime: { type: 'string', format: 'date-time', 'x-ms-summary': 'Start time' },
        finishTime: { type: 'string', format: 'date-time', nullable: true, 'x-ms-summary': 'Finish time' },
        durationHours: { type: 'number', 'x-ms-summary': 'Duration (hours)' },
        ...Object.fromEntries(
          ['successfulEntity', 'failedEntity', 'skippedEntity', 'warningEntity', 'totalEntity', 'successfulRecord', 'failedRecord', 'skippedRecord', 'warningRecord', 'totalRecord'].map(
            (name) => [name, count(name)],
          ),
        ),
        backupSize: { type: 'integer', format: 'int64', 'x-ms-summary': 'Backup size (bytes)' },
        organizationId: { type: 'string', format: 'uuid', 'x-ms-summary': 'Organization id' },
        organizationName: { type: 'string', 'x-ms-summary': 'Organization' },
      },
    },
    JobsPage: {
      type: 'object',
      properties: {
        totalCount: count('Total count'),
        pageIndex: count('Page'),
        pageSize: count('Page size'),
        nextLink: { type: 'string', nullable: true, 'x-ms-summary': 'Next page URL' },
        jobs: { type: 'array', items: { $ref: '#/components/schemas/Job' } },
        filter: { $ref: '#/components/schemas/JobFilterModel' },
      },
    },
    Problem: {
      type: 'object',
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: integer,
        detail: { type: 'string' },
        instance: { type: 'string' },
        errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  };
}
