import type { ServerResponse } from 'node:http';
import { HttpResponse, type HttpResponseInit } from '@azure/functions';

/** Writes a handler's HttpResponseInit to node, through the library's HttpResponse (jsonBody, headers) like the host. */
export async function writeResponse(res: ServerResponse, init: HttpResponseInit): Promise<void> {
  const response = new HttpResponse(init);
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
  res.end(body);
}
