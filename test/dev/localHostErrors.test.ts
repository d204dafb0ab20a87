import { Agent, fetch as undiciFetch } from 'undici';
import { startTestHost } from '../facade/harness';

let host: Awaited<ReturnType<typeof startTestHost>>;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.close());

describe('the local host answers its own refusals as problem+json', () => {
  test.each([
    ['an unknown route', 'GET', '/api/nothing', 404],
    ['a known route with another method', 'DELETE', '/api/jobs', 405],
    ['a timer run with GET', 'GET', '/admin/functions/refreshOrganizations', 405],
    ['an unknown timer', 'POST', '/admin/functions/nothing', 404],
  ])('%s', async (_, method, path, status) => {
    const response = await fetch(`${host.url}${path}`, { method });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = await response.json();
    expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
    if (status === 405) expect(response.headers.get('allow')).toEqual(expect.stringMatching(/^(GET|POST)/));
  });

  test('HEAD /api/health is liveness, answered without a body', async () => {
    const response = await fetch(`${host.url}/api/health`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  test('after a refused 2 MB body, a keep-alive client gets the next requests answered on the same pool', async () => {
    // One connection only: every request of the sequence must reuse or replace it cleanly.
    const dispatcher = new Agent({ connections: 1, keepAliveTimeout: 30_000 });
    try {
      const url = `${host.url}/api/OpenApi/GetJobs`;
      const big = await undiciFetch(url, {
        method: 'POST',
        dispatcher,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) }),
      });
      expect(big.status).toBe(413);
      expect(big.headers.get('content-type')).toBe('application/problem+json');
      await big.arrayBuffer();
      const plain = await undiciFetch(url, { method: 'POST', dispatcher, headers: { 'content-type': 'text/plain' }, body: '{"type":1}' });
      expect(plain.status).toBe(415);
      await plain.arrayBuffer();
      const broken = await undiciFetch(url, {
        method: 'POST',
        dispatcher,
        headers: { 'content-type': 'application/json' },
        body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
      });
      expect(broken.status).toBe(400);
      expect(((await broken.json()) as { title: string }).title).toBe('The body is not valid JSON');
    } finally {
      await dispatcher.close();
    }
  });
});
