import type { BotEndpoint, BotRequest, BotResponse } from '../bot/BotEndpoint';
import { httpRequest, invocationContext } from '../test/support/handlerKit';
import { MAX_ACTIVITY_BYTES, messagesHandler } from './messages';

const URL = 'https://jobs.example/api/messages';

/** A bot endpoint that gives `answer` and keeps what it was handed. */
function fakeBot(answer: BotResponse, requiresToken = false): BotEndpoint & { requests: BotRequest[] } {
  const requests: BotRequest[] = [];
  return { requiresToken, requests, prepare: async () => undefined, handle: async (request) => (requests.push(request), answer) };
}

const problemOf = (response: { status?: number; headers?: unknown; jsonBody?: unknown }) => ({
  status: response.status,
  contentType: (response.headers as Record<string, string> | undefined)?.['content-type'],
  title: (response.jsonBody as { title?: string } | undefined)?.title,
});

describe('messagesHandler', () => {
  it('hands the parsed body and the headers to the bot, and answers its invoke response as JSON', async () => {
    const bot = fakeBot({ status: 200, body: { statusCode: 200, value: { type: 'AdaptiveCard' } } });
    const activity = { type: 'invoke', name: 'adaptiveCard/action' };
    const response = await messagesHandler(bot)(
      httpRequest('POST', URL, { body: activity, headers: { authorization: 'Bearer t' } }),
      invocationContext(),
    );
    expect(bot.requests).toEqual([
      { headers: expect.objectContaining({ authorization: 'Bearer t', 'content-type': 'application/json' }), body: activity },
    ]);
    expect(response).toEqual({ status: 200, jsonBody: { statusCode: 200, value: { type: 'AdaptiveCard' } } });
  });

  it('answers a message turn with the bot’s status alone', async () => {
    const response = await messagesHandler(fakeBot({ status: 200 }))(
      httpRequest('POST', URL, { body: { type: 'message' } }),
      invocationContext(),
    );
    expect(response).toEqual({ status: 200 });
  });

  it('says a refusal of the bot as problem+json', async () => {
    const response = await messagesHandler(fakeBot({ status: 401 }))(
      httpRequest('POST', URL, { body: { type: 'message' } }),
      invocationContext(),
    );
    expect(problemOf(response)).toEqual({ status: 401, contentType: 'application/problem+json', title: 'Unauthorized' });
  });

  it('refuses a body that is not JSON with 400 problem+json before the bot sees it', async () => {
    const bot = fakeBot({ status: 200 });
    const response = await messagesHandler(bot)(httpRequest('POST', URL, { body: '{"type": "mess' }), invocationContext());
    expect(problemOf(response)).toEqual({ status: 400, contentType: 'application/problem+json', title: 'The body is not valid JSON' });
    expect(bot.requests).toEqual([]);
  });

  it('passes JSON that is not an object on for the bot to judge', async () => {
    const bot = fakeBot({ status: 400 });
    await messagesHandler(bot)(httpRequest('POST', URL, { body: '"just a string"' }), invocationContext());
    expect(bot.requests).toEqual([{ headers: expect.any(Object), body: 'just a string' }]);
  });

  it('refuses a request without a bearer token from its headers when tokens are required, without reading the body', async () => {
    const bot = fakeBot({ status: 200 }, true);
    const request = httpRequest('POST', URL, { body: { type: 'message' } });
    const response = await messagesHandler(bot)(request, invocationContext());
    expect(problemOf(response)).toEqual({ status: 401, contentType: 'application/problem+json', title: 'Unauthorized' });
    expect(request.bodyUsed).toBe(false);
    expect(bot.requests).toEqual([]);
  });

  it(`caps the body at ${MAX_ACTIVITY_BYTES} bytes with 413 problem+json, declared or not`, async () => {
    const bot = fakeBot({ status: 200 });
    const big = JSON.stringify({ type: 'message', text: 'x'.repeat(MAX_ACTIVITY_BYTES) });
    const declared = await messagesHandler(bot)(
      httpRequest('POST', URL, { body: big, headers: { 'content-length': String(big.length) } }),
      invocationContext(),
    );
    const undeclared = await messagesHandler(bot)(httpRequest('POST', URL, { body: big }), invocationContext());
    for (const response of [declared, undeclared])
      expect(problemOf(response)).toEqual({ status: 413, contentType: 'application/problem+json', title: 'The body is too large' });
    expect(bot.requests).toEqual([]);
  });
});
