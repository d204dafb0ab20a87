import { createServer } from 'node:http';
import { listen, readBody } from './listen';

/** One call the bot made to the connector: a new activity (POST) or an update in place (PUT). */
export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  activityId?: string;
  at: number;
  activity: { type: string; id?: string; attachments?: { contentType: string; content: unknown }[]; [key: string]: unknown };
}

/** A scripted answer for the next call(s): e.g. 429 with Retry-After, or 403 BotNotInConversationRoster. */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface AlertConnector {
  serviceUrl: string;
  /** Calls answered 2xx (what reached the conversation). */
  delivered: ConnectorCall[];
  /** Every call, whatever it was answered. */
  calls: ConnectorCall[];
  /** Answers for the next calls, in order; afterwards 200. */
  script: ScriptedAnswer[];
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

/** A Bot Connector stand-in for proactive messages: records posts and updates, and plays scripted failures. */
export async function startAlertConnector(): Promise<AlertConnector> {
  const delivered: ConnectorCall[] = [];
  const calls: ConnectorCall[] = [];
  const script: ScriptedAnswer[] = [];
  let sequence = 0;
  const server = createServer(
    (request, response) =>
      void (async () => {
        const match = ROUTE.exec((request.url ?? '').split('?')[0] ?? '');
        const method = request.method === 'PUT' ? 'PUT' : 'POST';
        if ((request.method !== 'POST' && request.method !== 'PUT') || !match) {
          response.writeHead(404).end();
          return;
        }
        const call: ConnectorCall = {
          method,
          conversationId: decodeURIComponent(match[1] ?? ''),
          ...(match[2] !== undefined && { activityId: decodeURIComponent(match[2]) }),
          at: Date.now(),
          activity: JSON.parse(await readBody(request)),
        };
        calls.push(call);
        const answer = script.shift();
        if (answer && answer.status >= 300) {
          response
            .writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
            .end(JSON.stringify(answer.body ?? {}));
          return;
        }
        delivered.push(call);
        const id = method === 'PUT' ? call.activityId : `activity-${++sequence}`;
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
      })(),
  );
  const listening = await listen(server);
  return { serviceUrl: `${listening.url}/`, delivered, calls, script, close: () => listening.close() };
}

/** The Adaptive Cards of calls, in order. */
export const cardsOf = (calls: ConnectorCall[]): Record<string, unknown>[] =>
  calls.flatMap((c) =>
    (c.activity.attachments ?? [])
      .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((a) => a.content as Record<string, unknown>),
  );
