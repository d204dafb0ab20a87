import type { JsonSchema } from './jsonSchema';

/**
 * The facade's operations once, rendered twice: OpenAPI 3.0.3 (toOpenApi3.ts) and Swagger 2.0 for
 * Power Platform connectors (toSwagger2.ts).
 */
export interface ApiModel {
  /** At most 30 characters: a certified connector's title. */
  title: string;
  version: string;
  description: string;
  /** Groups of operations, in the order readers see them; each operation names one. */
  tags: { name: string; description: string }[];
  /** Named schemas, referenced as `#/components/schemas/<name>`. */
  schemas: Record<string, JsonSchema>;
  operations: ApiOperation[];
}

export interface ApiParameter {
  name: string;
  /** A few words: the connector's field label (`x-ms-summary`). */
  summary: string;
  description: string;
  schema: JsonSchema;
}

export interface ApiBody {
  contentType: string;
  schema: JsonSchema;
}

export interface ApiResponse {
  description: string;
  bodies: ApiBody[];
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}

export interface ApiOperation {
  path: string;
  method: 'get' | 'post';
  operationId: string;
  summary: string;
  description: string;
  tag: string;
  /** Anonymous at the Functions level (no function key). */
  anonymous?: boolean;
  /** `internal`: a connector hides the operation from makers (`x-ms-visibility`). */
  visibility?: 'internal';
  parameters: ApiParameter[];
  requestBody?: { summary: string; description: string; contentType: string; schema: JsonSchema };
  responses: Record<string, ApiResponse>;
  /** Connectors page by themselves by following this property (`x-ms-pageable`). */
  pageable?: { nextLinkName: string; itemName: string };
}
