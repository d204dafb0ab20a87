import type { IncomingMessage } from 'node:http';
import { HttpRequest } from '@azure/functions';

/** The local host reads at most this much of a body; the facade's own limit (64 KB) is far below. */
export const MAX_LOCAL_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {}

/** A node request as the Functions library's HttpRequest (the URL keeps repeated query parameters). */
export async function toHttpRequest(req: IncomingMessage, params: Record<string, string> = {}): Promise<HttpRequest> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const bytes = await readBody(req);
  return new HttpRequest({
    method: req.method ?? 'GET',
    url: `http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`,
    headers,
    params,
    ...(bytes.length > 0 && { body: { bytes } }),
  });
}

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_LOCAL_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
