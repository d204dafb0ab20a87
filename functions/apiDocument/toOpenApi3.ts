import type { ApiModel, ApiOperation, ApiResponse } from './ApiModel';

/** The facade as OpenAPI 3.0.3, its server the app's public URL. */
export function toOpenApi3(model: ApiModel, publicBaseUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of model.operations) (paths[operation.path] ??= {})[operation.method] = renderOperation(operation);
  return {
    openapi: '3.0.3',
    info: { title: model.title, version: model.version, description: model.description },
    servers: [{ url: `${publicBaseUrl}/api` }],
    security: [{ functionKeyHeader: [] }, { functionKeyQuery: [] }],
    paths,
    components: {
      securitySchemes: {
        functionKeyHeader: { type: 'apiKey', in: 'header', name: 'x-functions-key' },
        functionKeyQuery: { type: 'apiKey', in: 'query', name: 'code' },
      },
      schemas: model.schemas,
    },
  };
}

function renderOperation(operation: ApiOperation): Record<string, unknown> {
  const { operationId, summary, description, requestBody } = operation;
  return {
    operationId,
    summary,
    description,
    ...(operation.anonymous && { security: [] }),
    ...(operation.parameters.length > 0 && {
      parameters: operation.parameters.map(({ name, summary: label, description: text, schema }) => ({
        name,
        in: 'query',
        required: false,
        description: text,
        'x-ms-summary': label,
        schema,
        // Lists are comma-separated (status=failed,finished); repeating the parameter works too.
        ...(schema.type === 'array' && { style: 'form', explode: false }),
      })),
    }),
    ...(requestBody && {
      requestBody: {
        required: false,
        description: requestBody.description,
        content: Object.fromEntries(requestBody.contentTypes.map((type) => [type, { schema: requestBody.schema }])),
      },
    }),
    responses: Object.fromEntries(Object.entries(operation.responses).map(([status, response]) => [status, renderResponse(response)])),
    ...(operation.pageable && { 'x-ms-pageable': operation.pageable }),
  };
}

const renderResponse = ({ description, bodies, headers }: ApiResponse) => ({
  description,
  ...(headers && { headers }),
  ...(bodies.length > 0 && { content: Object.fromEntries(bodies.map(({ contentType, schema }) => [contentType, { schema }])) }),
});
