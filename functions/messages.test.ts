import type { BotEndpoint, BotRequest, BotResponse } from '../bot/BotEndpoint';
import { httpRequest } from '../test/functions/handlerKit';
import { messagesHandler } from './messages';

const URL = 'https://jobs.example/api/messages';

/** A bot endpoint that gives `answer` and keeps what it was handed. */
function fakeBot(answer: BotResponse): BotEndpoint & { requests: BotRequest[] } {
  const requests: BotRequest[] = [];
  return { requests, handle: async (request) => (requests.push(request), answer) };
}

describe('messagesHandler', () => {
  it('hands the parsed body and the headers to the bot, and answers its invoke response as JSON', async () => {
    const bot = fakeBot({ status: 200, body: { statusCode: 200, value: { type: 'AdaptiveCard' } } });
    const activity = { type: 'invoke', name: 'adaptiveCard/action' };
    const response = await messagesHandler(bot)(httpRequest('POST', URL, { body: activity, headers: { authorization: 'Bearer t' } }));
    expect(bot.requests).toEqual([{ headers: expect.objectContaining({ authorization: 'Bearer t', 'content-type': 'application/json' }), body: activity }]);
    expect(response).toEqual({ status: 200, jsonBody: { statusCode: 200, value: { type: 'AdaptiveCard' } } });
  });

  it('answers the bot’s status alone when it has no body (a message turn, a refused request)', async () => {
    const response = await messagesHandler(fakeBot({ status: 401 }))(httpRequest('POST', URL, { body: { type: 'message' } }));
    expect(response).toEqual({ status: 401 });
  });

  it('refuses a body that is not JSON with 400 before the bot sees it', async () => {
    const bot = fakeBot({ status: 200 });
    const response = await messagesHandler(bot)(httpRequest('POST', URL, { body: '{"type": "mess' }));
    expect(response).toEqual({ status: 400 });
    expect(bot.requests).toEqual([]);
  });

  it('passes JSON that is not an object on for the bot to judge', async () => {
    const bot = fakeBot({ status: 400 });
    await messagesHandler(bot)(httpRequest('POST', URL, { body: '"just a string"' }));
    expect(bot.requests).toEqual([{ headers: expect.any(Object), body: 'just a string' }]);
  });
});
