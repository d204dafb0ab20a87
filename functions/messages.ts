import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { BotEndpoint } from '../bot/BotEndpoint';

/** `POST /api/messages`: the Bot Framework channel's calls, handed to the bot endpoint. */
export function messagesHandler(bot: BotEndpoint): (request: HttpRequest) => Promise<HttpResponseInit> {
  return async (request) => {
    const body = await readJson(request);
    if (body === undefined) return { status: 400 };
    const result = await bot.handle({ headers: Object.fromEntries(request.headers.entries()), body: body.value });
    return result.body === undefined ? { status: result.status } : { status: result.status, jsonBody: result.body };
  };
}

/** The parsed body, or undefined when it is not JSON (wrapped, since JSON may itself be any value). */
async function readJson(request: HttpRequest): Promise<{ value: unknown } | undefined> {
  try {
    return { value: JSON.parse(await request.text()) as unknown };
  } catch {
    return undefined;
  }
}
