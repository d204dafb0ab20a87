import type { ApiModel, ApiOperation, ApiResponse } from './ApiModel';
import { flatSchema } from './flatSchema';
import { FUNCTION_KEY_SECURITY } from './toSwagger2';
import { contactOf, defaultPublisher, type Publisher } from './Publisher';

/** The facade as OpenAPI 3.0.3, its server the app's public URL. */
export function toOpenApi3(
  model: ApiModel,
  publicBaseUrl: string,
  publisher: Publisher = defaultPublisher(publicBaseUrl),
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of model.operations) (paths[operation.path] ??= {})[operation.method] = renderOperation(operation);
  return {
    openapi: '3.0.3',
    info: {
      title: model.title,
      version: model.version,
      description: model.description,
      contact: contactOf(publisher),
      license: publisher.license,
    },
    servers: [{ url: `${publicBaseUrl}/api` }],
    tags: model.tags,
    // One scheme: Copilot sends the key of an API plugin as the document's scheme says (the `code` query
    // parameter works too, but two schemes leave a client to guess).
    security: [{ [FUNCTION_KEY_SECURITY]: [] }],
    paths,
    components: {
      securitySchemes: {
        [FUNCTION_KEY_SECURITY]: {
          type: 'apiKey',
          in: 'header',
          name: 'x-functions-key',
          description: 'The function key of the app (or the query parameter `code`)',
        },
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
    tags: [operation.tag],
    ...(operation.anonymous && { security: [] }),
    ...(operation.parameters.length > 0 && {
      parameters: operation.parameters.map(({ name, summary: label, description: text, schema }) => ({
        name,
        in: 'query',
        required: false,
        description: text,
        'x-ms-summary': label,
        schema: flatSchema(schema),
      })),
    }),
    ...(requestBody && {
      requestBody: {
        required: false,
        description: requestBody.description,
        content: { [requestBody.contentType]: { schema: requestBody.schema } },
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
