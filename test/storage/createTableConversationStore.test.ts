import { createTableClient } from '../../storage/createTableClient';
import type { QueryAsRead } from '../../jobs/QueryAsRead';
import { createTableConversationStore } from '../../storage/createTableConversationStore';
import { toTableKey } from '../../storage/tableKey';
import { startAzurite } from '../../dev/azurite';
import type { Azurite } from '../../dev/azurite';

const saved = (page: number): QueryAsRead => ({
  query: { page, pageSize: 10, type: 0, startTime: '2026-11-21T00:00:00.000Z', endTime: '2026-11-28T00:00:00.000Z', statuses: [4] },
  reading: 'failed jobs, last 7 days',
  timeZone: 'Europe/Berlin',
});

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(() => azurite.close());

const newStore = () =>
  createTableConversationStore(
    createTableClient({ kind: 'connectionString', connectionString: azurite.connectionString }, 'conversations'),
  );

describe('Table conversation store (Azurite)', () => {
  test('a conversation with no saved query reads as undefined (and the table is created on first use)', async () => {
    await expect(newStore().get('19:never-seen@thread.v2')).resolves.toBeUndefined();
  });

  test.each(['a:1/2#3?4\\5', '19:abc@thread.tacv2;messageid=1712', 'personal chat with ünïcode and spaces', 'x'.repeat(300)])(
    'ids with characters Table keys forbid round-trip: %s',
    async (conversationId) => {
      const store = newStore();
      await store.set(conversationId, saved(2));
      await expect(store.get(conversationId)).resolves.toEqual(saved(2));
    },
  );

  test('the last set wins, and conversations do not see each other', async () => {
    const store = newStore();
    await store.set('conv-a', saved(1));
    await store.set('conv-b', saved(5));
    await store.set('conv-a', saved(3));
    await expect(store.get('conv-a')).resolves.toEqual(saved(3));
    await expect(store.get('conv-b')).resolves.toEqual(saved(5));
  });

  test('state survives a new store instance (it lives in storage, not memory)', async () => {
    await newStore().set('conv-durable', saved(4));
    await expect(newStore().get('conv-durable')).resolves.toEqual(saved(4));
  });
});

test('a row that no longer parses reads as no saved query (the user simply asks again)', async () => {
  const table = createTableClient({ kind: 'connectionString', connectionString: azurite.connectionString }, 'conversations');
  const store = createTableConversationStore(table);
  await store.set('conv-old', saved(1));
  await table.updateEntity({ partitionKey: toTableKey('conv-old'), rowKey: 'lastQuery', saved: '{"query":{"page":"one"}' }, 'Replace');
  await expect(store.get('conv-old')).resolves.toBeUndefined();
});
