import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/;
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

export interface BenchConnector {
  serviceUrl: string;
  /** Resolves with the first Adaptive Card the bot posts to `conversationId` from now on. */
  nextCard(conversationId: string): Promise<unknown>;
  close(): Promise<void>;
}

type Activity = { attachments?: Array<{ contentType: string; content: unknown }> };

/**
 * A Bot Connector stand-in that keeps nothing: each posted card goes to whoever waits for that
 * conversation (the memory benchmark runs thousands of turns through it).
 */
export async function startBenchConnector(): Promise<BenchConnector> {
  const waiting = new Map<string, (card: unknown) => void>();
  const server = createServer((request, response) => {
    const match = ROUTE.exec((request.url ?? '').split('?')[0] ?? '');
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || !match) return void response.writeHead(404).end();
      const conversationId = decodeURIComponent(match[1]!);
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Activity;
      const card = activity.attachments?.find((a) => a.contentType === ADAPTIVE)?.content;
      const resolve = waiting.get(conversationId);
      if (card !== undefined && resolve) {
        waiting.delete(conversationId);
        resolve(card);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"reply"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    nextCard: (conversationId) => new Promise((resolve) => waiting.set(conversationId, resolve)),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
