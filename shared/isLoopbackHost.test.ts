import { isLoopbackHost, isLoopbackUrl } from './isLoopbackHost';

describe('loopback hosts', () => {
  test.each(['localhost', 'LOCALHOST', 'api.localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'localhost.'])('%s is loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  test.each(['localhost.evil.example', '127.0.0.1.nip.io', '10.0.0.1', '0.0.0.0', 'smba.trafficmanager.net', '[::ffff:7f00:1]', ''])(
    '%s is not',
    (host) => expect(isLoopbackHost(host)).toBe(false),
  );
  test.each([
    ['http://127.0.0.1:3978/', true],
    ['https://localhost/connector', true],
    ['https://smba.connector.invalid/amer/', false],
    ['ftp://127.0.0.1/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isLoopbackUrl(url)).toBe(expected));
});
