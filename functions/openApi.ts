import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { openApiDocument } from './openApiDocument';

/** GET /api/openapi.json: the facade's OpenAPI document, its server URL taken from the request. */
export function openApiHandler() {
  return async (request: HttpRequest): Promise<HttpResponseInit> => ({
    status: 200,
    jsonBody: openApiDocument(new URL(request.url).origin),
  });
}
