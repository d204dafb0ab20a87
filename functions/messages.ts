import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { BotEndpoint } from '../bot/BotEndpoint';
import { errorResponse, problem, RequestProblem } from './http/problem';
import { isJsonContentType, readBodyBytes, unsupportedType } from './http/readJsonBody';

/**
 * Bot Framework activities are a few KB (Teams caps a message near 28 KB); 256 KB leaves room for
 * any channel's extras and keeps an anonymous endpoint from buffering large bodies (docs/API.md).
 */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

const BEARER = /^Bearer\s+\S+/i;

/** What the bot's bare statuses mean, said as problem+json like every route. */
const REFUSALS: Record<number, [string, string]> = {
  400: ['Not an activity', 'The body is not a Bot Framework activity this bot can process.'],
  401: ['Unauthorized', 'Send a Bot Framework token in the Authorization header.'],
  403: ['Forbidden', 'Without MicrosoftAppId the bot replies only to a serviceUrl on loopback.'],
  500: ['Internal error', 'The bot could not complete the turn; its log says what.'],
};

/**
 * `POST /api/messages`: the Bot Framework channel's calls, handed to the bot endpoint. Anonymous at
 * the Functions level, so what can be refused from the headers is refused before the body is read
 * (no bearer token when tokens are required), and the body is read only up to MAX_ACTIVITY_BYTES.
 */
export function messagesHandler(bot: BotEndpoint) {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const refuse = (status: number) => problem(context, status, ...(REFUSALS[status] ?? ['Refused', `The bot answered ${status}.`]));
    try {
      if (bot.requiresToken && !BEARER.test(request.headers.get('authorization') ?? '')) return refuse(401);
      // Activities are JSON; a text/plain body is what a web page can send without asking (no CORS preflight).
      if (!isJsonContentType(request.headers.get('content-type'))) throw unsupportedType();
      const body = parseJson(await readBodyBytes(request, MAX_ACTIVITY_BYTES));
      const result = await bot.handle({ headers: Object.fromEntries(request.headers.entries()), body });
      if (result.body !== undefined) return { status: result.status, jsonBody: result.body };
      return result.status >= 400 ? refuse(result.status) : { status: result.status };
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw new RequestProblem(400, 'The body is not valid JSON', 'Send the activity as JSON in UTF-8.');
  }
}
