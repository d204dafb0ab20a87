import { createServer } from 'node:http';
import { listen, readBody } from './listen';

/** One activity the bot posted to the connector. */
export interface Posted {
  conversationId: string;
  /** Set when the bot replied to a specific activity (`/activities/{replyToId}`). */
  replyToId?: string;
  authorization?: string;
  activity: { type: string; text?: string; attachments?: { contentType: string; content: unknown }[]; [key: string]: unknown };
}

export interface Connector {
  /** The `serviceUrl` to put in activities (ends with a slash, as Teams' does). */
  serviceUrl: string;
  /** The same connector at the path Microsoft 365 Agents Playground gives its own: activities with it are read as the Playground's. */
  playgroundServiceUrl: string;
  posted: Posted[];
  close(): Promise<void>;
}

const ROUTE = /^(?:\/_connector)?\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

/** A Bot Connector stand-in: records every activity the bot sends and acknowledges it like Teams. */
export async function startConnector(): Promise<Connector> {
  const posted: Posted[] = [];
  let sequence = 0;
  const server = createServer(
    (request, response) =>
      void (async () => {
        const match = ROUTE.exec((request.url ?? '').split('?')[0] ?? '');
        if (request.method !== 'POST' || !match) {
          response.writeHead(404).end();
          return;
        }
        const body = await readBody(request);
        posted.push({
          conversationId: decodeURIComponent(match[1] ?? ''),
          ...(match[2] !== undefined && { replyToId: decodeURIComponent(match[2]) }),
          ...(request.headers.authorization !== undefined && { authorization: request.headers.authorization }),
          activity: JSON.parse(body),
        });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${++sequence}` }));
      })(),
  );
  const listening = await listen(server);
  return { serviceUrl: `${listening.url}/`, playgroundServiceUrl: `${listening.url}/_connector`, posted, close: () => listening.close() };
}

/** The Adaptive Cards among posted activities, in order. */
export const postedCards = (posted: Posted[]): Record<string, unknown>[] =>
  posted.flatMap((p) =>
    (p.activity.attachments ?? [])
      .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((a) => a.content as Record<string, unknown>),
  );
