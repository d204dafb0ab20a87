import { facadeApi } from './apiDocument/facadeApi';
import type { Publisher } from './apiDocument/Publisher';
import { toOpenApi3 } from './apiDocument/toOpenApi3';
import { toSwagger2 } from './apiDocument/toSwagger2';

/** The facade as OpenAPI 3.0.3 (GET /api/openapi.json), rendered from the schemas that validate and type it. */
export const openApiDocument = (publicBaseUrl: string, publisher?: Publisher): Record<string, unknown> =>
  toOpenApi3(facadeApi(), publicBaseUrl, publisher);

/** The same operations as Swagger 2.0 (GET /api/swagger.json), for Power Platform custom connectors. */
export const swaggerDocument = (publicBaseUrl: string, publisher?: Publisher): Record<string, unknown> =>
  toSwagger2(facadeApi(), publicBaseUrl, publisher);
