import { readFile } from 'node:fs/promises';
import WebSocket from 'ws';
import { startPlayground } from '../../dev/playground';
import type { Playground } from '../../dev/playground';
import { startTestHost } from '../support/testHost';
import type { TestHost } from '../support/testHost';
import { cardText } from '../../fixtures/cardData';

const NOW = new Date('2026-11-28T12:00:00.000Z');

let host: TestHost;
let playground: Playground;
beforeAll(async () => {
  host = await startTestHost({ now: () => NOW });
  playground = await startPlayground({
    botEndpoint: host.messagesUrl,
    port: 0,
    conversationId: 'personal-chat-test',
    timeZone: 'Europe/Berlin',
  });
});
afterAll(async () => {
  await playground?.close();
  await host?.close();
});

test('the Playground starts on loopback and reaches the bot', async () => {
  expect(playground.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const ping = await fetch(`${playground.url}/_debug/ping`);
  expect(await ping.text()).toBe('pong');
  // Its config call waits for the bot endpoint to answer (any status counts as up).
  const config = (await (await fetch(`${playground.url}/_internal/v1/config`)).json()) as Record<string, unknown>;
  expect(JSON.stringify(config)).toContain('personal-chat-test');
});

/** Local addresses of listening TCP sockets on `port`, from the kernel's table (hex, as Linux writes it). */
async function listeningAddresses(port: number): Promise<string[]> {
  const tables = await Promise.all(['/proc/net/tcp', '/proc/net/tcp6'].map((file) => readFile(file, 'utf8').catch(() => '')));
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return tables
    .flatMap((table) => table.split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter(([, local, , state]) => state === '0A' && local?.endsWith(`:${hexPort}`))
    .map(([, local]) => local!.split(':')[0]!);
}

test('it listens on 127.0.0.1 only, not on every interface', async () => {
  const addresses = await listeningAddresses(Number(new URL(playground.url).port));
  expect(addresses).toEqual(['0100007F']);
});

test('a message typed in the Playground is answered with the list card', async () => {
  const stream = new WebSocket(`${playground.url.replace('http', 'ws')}/_ws_conversation/v1/conversations/stream`);
  await new Promise((resolve, reject) => stream.once('open', resolve).once('error', reject));
  const sentAt = Date.now();
  const card = new Promise<unknown>((resolve) =>
    stream.on('message', (raw: Buffer) => {
      const event = JSON.parse(raw.toString()) as {
        action?: string;
        message?: { attachments?: { contentType?: string; content?: unknown }[]; timestamp?: number };
      };
      const attachment = event.message?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
      // The stream replays what it buffered: only replies after our message count.
      if (event.action === 'createMessage' && attachment && (event.message?.timestamp ?? 0) >= sentAt - 1000) resolve(attachment.content);
    }),
  );
  try {
    const response = await fetch(`${playground.url}/_conversation/v1/conversations/personal-chat-test/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: { id: 'user-id-0' }, text: 'failed jobs today', textFormat: 'plain' }),
    });
    expect(response.ok).toBe(true);
    expect(cardText(await card)).toMatch(/Europe\/Berlin|Berlin/);
  } finally {
    stream.close();
  }
});
