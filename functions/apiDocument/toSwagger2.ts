import type { ApiModel, ApiOperation, ApiParameter } from './ApiModel';
import { flatSchema } from './flatSchema';
import type { JsonSchema } from './jsonSchema';
import { contactOf, defaultPublisher, type Publisher } from './Publisher';
import { toSwagger2Schema } from './toSwagger2Schema';

/** The function key as connectors send it: one header, the connection's API key. */
export const FUNCTION_KEY_SECURITY = 'functionKey';

/** The categories a certified connector is listed under (Power Platform's fixed list). */
export const CONNECTOR_CATEGORIES = ['IT Operations', 'Data'];

/**
 * The facade as Swagger 2.0 for Power Platform custom connectors (which import no OpenAPI 3):
 * `host`, `basePath` and `schemes` from the app's public URL, the function key as an apiKey header,
 * `x-ms-summary` on every parameter and response field, no choices (see toSwagger2Schema), and what
 * certification asks for: contact, `x-ms-connector-metadata`, internal operations hidden.
 */
export function toSwagger2(
  model: ApiModel,
  publicBaseUrl: string,
  publisher: Publisher = defaultPublisher(publicBaseUrl),
): Record<string, unknown> {
  const url = new URL(publicBaseUrl);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of model.operations) (paths[operation.path] ??= {})[operation.method] = renderOperation(operation);
  return {
    swagger: '2.0',
    info: {
      title: model.title,
      version: model.version,
      description: model.description,
      contact: contactOf(publisher),
      license: publisher.license,
    },
    'x-ms-connector-metadata': [
      { propertyName: 'Website', propertyValue: publisher.url },
      { propertyName: 'Privacy policy', propertyValue: publisher.privacyUrl },
      { propertyName: 'Categories', propertyValue: CONNECTOR_CATEGORIES.join(';') },
    ],
    tags: model.tags,
    host: url.host,
    basePath: `${url.pathname.replace(/\/+$/, '')}/api`,
    schemes: [url.protocol.replace(':', '')],
    consumes: ['application/json'],
    produces: ['application/json'],
    securityDefinitions: {
      [FUNCTION_KEY_SECURITY]: { type: 'apiKey', in: 'header', name: 'x-functions-key', description: 'The function key of the app' },
    },
    security: [{ [FUNCTION_KEY_SECURITY]: [] }],
    paths,
    definitions: Object.fromEntries(Object.entries(model.schemas).map(([name, schema]) => [name, toSwagger2Schema(schema)])),
  };
}

/** What a Swagger 2.0 query parameter (or its `items`) may carry besides its name and description. */
const PARAMETER_KEYS = ['type', 'format', 'items', 'default', 'minimum', 'maximum', 'enum', 'pattern', 'x-ms-enum-values'];
const parameterFields = (schema: JsonSchema): JsonSchema =>
  Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => PARAMETER_KEYS.includes(key))
      .map(([key, value]) => [key, key === 'items' ? parameterFields(value as JsonSchema) : value]),
  );

function queryParameter({ name, summary, description, schema }: ApiParameter): Record<string, unknown> {
  return {
    name,
    in: 'query',
    required: false,
    description,
    'x-ms-summary': summary,
    ...parameterFields(toSwagger2Schema(flatSchema(schema))),
  };
}

function renderOperation(operation: ApiOperation): Record<string, unknown> {
  const { operationId, summary, description, requestBody } = operation;
  const produces = [...new Set(Object.values(operation.responses).flatMap((r) => r.bodies.map((b) => b.contentType)))];
  const body = requestBody && {
    name: 'body',
    in: 'body',
    required: false,
    description: requestBody.description,
    'x-ms-summary': requestBody.summary,
    schema: toSwagger2Schema(requestBody.schema),
  };
  return {
    operationId,
    summary,
    description,
    tags: [operation.tag],
    ...(operation.visibility && { 'x-ms-visibility': operation.visibility }),
    ...(operation.anonymous && { security: [] }),
    ...(requestBody && { consumes: [requestBody.contentType] }),
    produces,
    parameters: [...operation.parameters.map(queryParameter), ...(body ? [body] : [])],
    responses: Object.fromEntries(
      Object.entries(operation.responses).map(([status, { description: text, bodies, headers }]) => {
        // Swagger 2.0 has one schema per response, and each operation answers one media type.
        const schema = bodies[0]?.schema;
        const swaggerHeaders =
          headers &&
          Object.fromEntries(
            Object.entries(headers).map(([name, h]) => [name, { description: h.description, ...parameterFields(h.schema) }]),
          );
        return [
          status,
          { description: text, ...(schema && { schema: toSwagger2Schema(schema) }), ...(swaggerHeaders && { headers: swaggerHeaders }) },
        ];
      }),
    ),
    ...(operation.pageable && { 'x-ms-pageable': operation.pageable }),
  };
}
