import { compose } from '../../app/compose';
import { loadConfig } from '../../app/config';
import type { BotEndpoint } from '../../bot/BotEndpoint';
import type { BotDependencies } from '../../bot/BotDependencies';
import { createLazyBotEndpoint } from '../../bot/createLazyBotEndpoint';
import { nothingKept } from '../support/conversationFakes';

/** Enough settings to compose; nothing here is ever called. */
const SETTINGS = {
  AVEPOINT_GRAPH_URL: 'http://127.0.0.1:9',
  AVEPOINT_TOKEN_URL: 'http://127.0.0.1:9/token',
  AVEPOINT_CLIENT_ID: 'client',
  AVEPOINT_CLIENT_SECRET: 'secret',
  AzureWebJobsStorage: 'UseDevelopmentStorage=true',
  PUBLIC_BASE_URL: 'https://jobs.example',
};
const APP_ID = '3f6b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const request = { headers: {}, body: { type: 'message' } };

const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() };
const deps: BotDependencies = {
  settings: { allowedTenants: [] },
  jobs: { getJobs: jest.fn(), getJob: jest.fn(), organizations: jest.fn() },
  summaries: { summarize: jest.fn() },
  understand: jest.fn(),
  conversations: { get: jest.fn(), set: jest.fn() },
  logger,
  now: () => new Date('2026-11-28T12:00:00.000Z'),
  publicBaseUrl: 'https://jobs.contoso.example',
  loopbackOnly: true,
  ...nothingKept,
};
const answering = (status: number, prepare = async () => undefined): BotEndpoint => ({
  requiresToken: false,
  prepare,
  handle: async () => ({ status }),
});

beforeEach(() => (logger.error.mockClear(), logger.warn.mockClear()));

describe('an open bot endpoint (no app id) is refused at start-up unless the host is loopback only', () => {
  test('no app id on a public interface → compose() throws ConfigurationError', () => {
    expect(() => compose(loadConfig(SETTINGS), { loopbackOnly: false, logger })).toThrow(
      expect.objectContaining({ name: 'ConfigurationError', message: expect.stringContaining('MicrosoftAppId') }),
    );
  });

  test('no app id on loopback composes (local development, the Playground): the bot reads requests without credentials', async () => {
    const app = compose(loadConfig(SETTINGS), { loopbackOnly: true, logger });
    // Authentication comes before the body is judged: a 400 here means no credentials were asked for.
    const answer = await app.bot.handle({ headers: {}, body: 'not an activity' });
    await app.close();
    expect(answer).toEqual({ status: 400 });
  });

  test('with an app id any interface composes: requests are authenticated', async () => {
    const app = compose(loadConfig({ ...SETTINGS, MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' }), {
      loopbackOnly: false,
      logger,
    });
    // The same request as on loopback, refused before its body is read.
    const answer = await app.bot.handle({ headers: {}, body: 'not an activity' });
    await app.close();
    expect(answer).toEqual({ status: 401 });
  });

  test('the refusal comes before anything is built', () => {
    const build = jest.fn();
    expect(() => createLazyBotEndpoint({ ...deps, loopbackOnly: false }, build)).toThrow(
      expect.objectContaining({ name: 'ConfigurationError', message: expect.stringContaining('MicrosoftAppId') }),
    );
    expect(build).not.toHaveBeenCalled();
  });
});

describe('the bot endpoint is built on its first request', () => {
  test('nothing is built before a request arrives', () => {
    const build = jest.fn(async () => answering(200));
    createLazyBotEndpoint(deps, build);
    expect(build).not.toHaveBeenCalled();
  });

  test('concurrent first requests share one build, and later requests reuse it', async () => {
    const build = jest.fn(async () => answering(200));
    const bot = createLazyBotEndpoint(deps, build);
    const answers = await Promise.all([bot.handle(request), bot.handle(request), bot.handle(request)]);
    await bot.handle(request);
    expect(answers).toEqual([{ status: 200 }, { status: 200 }, { status: 200 }]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  test('a failed build is answered 500 and logged, and the next request builds again', async () => {
    const build = jest
      .fn<Promise<BotEndpoint>, [BotDependencies]>()
      .mockRejectedValueOnce(new Error('cannot load botbuilder'))
      .mockResolvedValue(answering(200));
    const bot = createLazyBotEndpoint(deps, build);
    expect(await bot.handle(request)).toEqual({ status: 500 });
    expect(logger.error).toHaveBeenCalledWith('Bot endpoint could not be built', { error: 'cannot load botbuilder' });
    expect(await bot.handle(request)).toEqual({ status: 200 });
    expect(build).toHaveBeenCalledTimes(2);
  });

  test('the real build loads botbuilder and answers', async () => {
    const bot = createLazyBotEndpoint(deps);
    expect(await bot.handle({ headers: {}, body: 'not an activity' })).toEqual({ status: 400 });
  });
});

describe('prepare() builds the bot ahead of the first request', () => {
  test('it builds and prepares once, and the first request then builds nothing', async () => {
    const prepared = jest.fn(async () => undefined);
    const build = jest.fn(async () => answering(200, prepared));
    const bot = createLazyBotEndpoint(deps, build);
    await bot.prepare();
    expect(build).toHaveBeenCalledTimes(1);
    expect(prepared).toHaveBeenCalledTimes(1);
    expect(await bot.handle(request)).toEqual({ status: 200 });
    expect(build).toHaveBeenCalledTimes(1);
  });

  test('a failed build is logged, not thrown, and the first request builds again', async () => {
    const build = jest
      .fn<Promise<BotEndpoint>, [BotDependencies]>()
      .mockRejectedValueOnce(new Error('cannot load botbuilder'))
      .mockResolvedValue(answering(200));
    const bot = createLazyBotEndpoint(deps, build);
    await expect(bot.prepare()).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalledWith('Bot endpoint could not be built', { error: 'cannot load botbuilder' });
    expect(await bot.handle(request)).toEqual({ status: 200 });
    expect(build).toHaveBeenCalledTimes(2);
  });

  test('a failed warm-up of a built bot is logged as a warning, and requests are still answered', async () => {
    const bot = createLazyBotEndpoint(deps, async () => answering(200, async () => Promise.reject(new Error('template broke'))));
    await expect(bot.prepare()).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith('Bot warm-up failed; the first turn builds what it needs', { error: 'template broke' });
    expect(await bot.handle(request)).toEqual({ status: 200 });
  });

  test('the real warm-up reads a sentence and renders a list card with the real reader and templates', async () => {
    const app = compose(loadConfig(SETTINGS), { loopbackOnly: true, logger });
    await app.prepare();
    await app.close();
    expect(logger.error).not.toHaveBeenCalled();
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
