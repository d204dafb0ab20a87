import type { HttpResponseInit } from '@azure/functions';
import { swaggerDocument } from './openApiDocument';

/** GET /api/swagger.json: the facade as Swagger 2.0 for Power Platform connectors, its host the app's public URL. */
export function swaggerHandler(publicBaseUrl: string) {
  // Rendered on the first request, not at start-up: no cold start pays for the document.
  let document: Record<string, unknown> | undefined;
  return (): Promise<HttpResponseInit> => Promise.resolve({ status: 200, jsonBody: (document ??= swaggerDocument(publicBaseUrl)) });
}
