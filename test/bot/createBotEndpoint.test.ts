import { createBotEndpoint } from '../../bot/createBotEndpoint';
import { ConfigurationError } from '../../jobs/errors';

const deps = {
  jobs: { getJobs: jest.fn(), getJob: jest.fn(), organizations: jest.fn() },
  conversations: { get: jest.fn(), set: jest.fn() },
  logger: { info: jest.fn(), warn: jest.fn(), error: jest.fn() },
  now: () => new Date('2026-11-28T12:00:00.000Z'),
};

describe('an open bot endpoint (no app id) is refused unless the host is loopback only', () => {
  test('no app id on a public interface → ConfigurationError at start-up', () => {
    expect(() => createBotEndpoint({ ...deps, settings: { allowedTenants: [] }, loopbackOnly: false })).toThrow(ConfigurationError);
  });

  test('no app id on loopback is allowed (local development, the Playground)', () => {
    expect(() => createBotEndpoint({ ...deps, settings: { allowedTenants: [] }, loopbackOnly: true })).not.toThrow();
  });

  test('with an app id any interface is fine: requests are authenticated', () => {
    const settings = { appId: '3f6b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', password: 'secret', allowedTenants: [] };
    expect(() => createBotEndpoint({ ...deps, settings, loopbackOnly: false })).not.toThrow();
  });
});
