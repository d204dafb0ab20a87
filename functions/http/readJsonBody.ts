import type { HttpRequest } from '@azure/functions';
import type { ReadableStreamReadResult } from 'node:stream/web';
import { RequestProblem } from './problem';

/** A JobFilterModel is a few hundred bytes; 64 KB leaves room for any client's extras. */
export const MAX_BODY_BYTES = 64 * 1024;

/** application/json, text/json and any application/*+json, as docs/API.md lists them. */
const JSON_TYPE = /^(application\/json|text\/json|application\/[a-z0-9.!#$&^_-]+\+json)$/i;

/** Whether a Content-Type header (parameters allowed) names JSON. */
export const isJsonContentType = (contentType: string | null): boolean => JSON_TYPE.test((contentType ?? '').split(';')[0]!.trim());

/**
 * Reads a JSON request body under the size limit. 415 for other content types (also for a body
 * without one), 413 when Content-Length or the bytes actually read exceed the limit, 400 for bad JSON.
 * An empty body without a content type reads as `{}` (every default; docs/API.md).
 */
export async function readJsonBody(request: HttpRequest): Promise<unknown> {
  const bytes = await readBodyBytes(request, MAX_BODY_BYTES);
  const contentType = request.headers.get('content-type');
  // No body at all means every default; a body declared as another type is refused even when empty.
  if (bytes.length === 0 && (contentType ?? '').trim() === '') return {};
  if (!isJsonContentType(contentType)) throw unsupportedType();
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw new RequestProblem(400, 'The body is not valid JSON', 'Send a JSON object in UTF-8 (a JobFilterModel).');
  }
}

/** 415: the body is not declared as JSON. */
export const unsupportedType = () =>
  new RequestProblem(415, 'Unsupported content type', 'Send the body as application/json, text/json or application/*+json.');

const tooLarge = (maxBytes: number) => new RequestProblem(413, 'The body is too large', `Bodies are limited to ${maxBytes} bytes.`);

/**
 * The body's bytes, at most `maxBytes`: 413 when Content-Length says more (nothing is read) or
 * when the bytes read pass it (reading stops there, the rest is never buffered).
 */
export async function readBodyBytes(request: Pick<HttpRequest, 'headers' | 'body'>, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = (await reader.read()) as ReadableStreamReadResult<Uint8Array>;
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
