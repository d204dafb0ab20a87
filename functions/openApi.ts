import type { HttpResponseInit } from '@azure/functions';
import { openApiDocument } from './openApiDocument';

/** GET /api/openapi.json: the facade's OpenAPI document, its server URL the app's public URL. */
export function openApiHandler(publicBaseUrl: string) {
  // Rendered on the first request, not at start-up: no cold start pays for the document.
  let document: Record<string, unknown> | undefined;
  return (): Promise<HttpResponseInit> => Promise.resolve({ status: 200, jsonBody: (document ??= openApiDocument(publicBaseUrl)) });
}
