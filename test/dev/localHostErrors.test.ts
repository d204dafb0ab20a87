import { request as httpRequest } from 'node:http';
import { Agent, fetch as undiciFetch } from 'undici';
import { startTestHost } from '../support/testHost';

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
    ['a malformed percent-escape in a timer name', 'POST', '/admin/functions/%E0%A4%A', 404],
    ['a malformed percent-escape in a route', 'GET', '/api/jo%ZZbs', 404],
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

/** A raw request, so that Host and Origin can be anything (fetch does not let a caller set Host). */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the open local endpoint answers only requests meant for it', () => {
  const port = () => new URL(host.url).port;

  test.each([
    ['a DNS-rebinding Host', { host: 'rebind.attacker.example:7071' }],
    ['a Host that only starts like loopback', { host: '127.0.0.1.nip.io' }],
    ['a page of another site (Origin)', { origin: 'https://attacker.example' }],
    ['a page served from a file (Origin null)', { origin: 'null' }],
  ])('%s → 403 problem+json, nothing served', async (_, headers) => {
    const response = await raw(`${host.url}/api/jobs`, { headers: { host: `127.0.0.1:${port()}`, ...headers } });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ status: 403 });
    expect(response.body).not.toContain('jobId');
  });

  test.each([
    ['127.0.0.1', {}],
    ['localhost', { host: 'localhost' }],
    ['its own origin', { origin: 'http://localhost:7071' }],
  ])('a request to %s is served', async (_, headers) => {
    const response = await raw(`${host.url}/api/health`, { method: 'HEAD', headers });
    expect(response.status).toBe(200);
  });

  test('an activity sent as text/plain (what a page can post without a preflight) → 415, the bot never sees it', async () => {
    const response = await raw(`${host.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({
        type: 'message',
        text: 'failed jobs',
        serviceUrl: 'http://127.0.0.1:9/',
        channelId: 'x',
        conversation: { id: 'a:1' },
      }),
    });
    expect(response.status).toBe(415);
  });

  test('a client that goes away mid-body is logged as info, not as an error', async () => {
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${host.url}/api/OpenApi/GetJobs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '1000' },
      });
      req.on('error', () => resolve());
      req.write('{"type":', () => setImmediate(() => (req.destroy(), resolve())));
    });
    for (let i = 0; i < 100 && !host.logs.some((l) => l.message.includes('went away')); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(host.logs.filter((l) => l.message.includes('went away')).map((l) => l.level)).toEqual(['info']);
    expect(host.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});
