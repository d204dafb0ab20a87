import type { HttpResponseInit } from '@azure/functions';
import { openApiDocument } from './openApiDocument';

/** GET /api/openapi.json: the facade's OpenAPI document, its server URL the app's public URL. */
export function openApiHandler(publicBaseUrl: string) {
  const document = openApiDocument(publicBaseUrl);
  return (): Promise<HttpResponseInit> => Promise.resolve({ status: 200, jsonBody: document });
}
