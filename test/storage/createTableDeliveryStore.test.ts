import { startAzurite } from '../../dev/azurite';
import type { Azurite } from '../../dev/azurite';
import { createTableClient } from '../../storage/createTableClient';
import { createTableDeliveryStore } from '../../storage/createTableDeliveryStore';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(() => azurite.close());

/** A table client whose requests are counted on the wire: GETs are reads, every other method a write. */
function countedStore() {
  const client = createTableClient({ kind: 'connectionString', connectionString: azurite.connectionString }, 'deliveries');
  const requests = { reads: 0, writes: 0 };
  client.pipeline.addPolicy({
    name: 'count',
    sendRequest: (request, next) => (request.method === 'GET' ? (requests.reads += 1) : (requests.writes += 1), next(request)),
  });
  return { store: createTableDeliveryStore(client), requests };
}

const NOW = new Date('2026-11-28T12:00:00.000Z');
const LEASE = new Date('2026-11-28T12:02:00.000Z');

describe('Table delivery store (Azurite)', () => {
  test('looking again at an item already sent is one read and no write (a quiet run writes nothing)', async () => {
    const { store, requests } = countedStore();
    const key = { conversationId: 'c-sent', subscriptionId: 1, item: 'DCIB1:4' };
    const first = await store.claim(key, LEASE, NOW);
    if (first.kind !== 'claimed') throw new Error(`expected a claim, got ${first.kind}`);
    await store.markSent(key, first.token, 'activity-1');
    Object.assign(requests, { reads: 0, writes: 0 });
    await expect(store.claim(key, LEASE, NOW)).resolves.toEqual({ kind: 'sent', activityId: 'activity-1', detail: undefined });
    expect(requests).toEqual({ reads: 1, writes: 0 });
  });

  test('a live claim of another run is busy; one whose lease has passed is taken over once', async () => {
    const { store } = countedStore();
    const key = { conversationId: 'c-lease', subscriptionId: 1, item: 'DCIB2:4' };
    expect((await store.claim(key, LEASE, NOW)).kind).toBe('claimed');
    expect((await store.claim(key, LEASE, NOW)).kind).toBe('busy');
    const later = new Date('2026-11-28T12:03:00.000Z');
    const [a, b] = await Promise.all([store.claim(key, LEASE, later), store.claim(key, LEASE, later)]);
    expect([a.kind, b.kind].sort()).toEqual(['busy', 'claimed']);
  });
});
