import { startAzurite } from '../../dev/azurite';
import type { Azurite } from '../../dev/azurite';
import { createTableClient } from '../../storage/createTableClient';
import { createTableUserTimeZoneStore } from '../../storage/createTableUserTimeZoneStore';
import { toTableKey } from '../../storage/tableKey';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(() => azurite.close());

const client = () => createTableClient({ kind: 'connectionString', connectionString: azurite.connectionString }, 'userTimeZones');
const newStore = () => createTableUserTimeZoneStore(client());

describe('Table user time zone store (Azurite)', () => {
  test('a user never seen has nothing stored (and the table is created on first use)', async () => {
    await expect(newStore().get('a1b2c3d4-0000-4000-8000-00000000000f')).resolves.toBeUndefined();
    await expect(newStore().timeZoneOf('29:1never')).resolves.toBeUndefined();
  });

  test('the zone and the offer are kept per user, each write leaving the other field alone', async () => {
    const store = newStore();
    const at = new Date('2026-11-28T12:00:00.000Z');
    await store.markOffered('29:1ada/with#odd?chars', at);
    await expect(store.get('29:1ada/with#odd?chars')).resolves.toEqual({ offeredAt: at.toISOString() });
    await store.setTimeZone('29:1ada/with#odd?chars', 'Europe/Berlin');
    await expect(newStore().get('29:1ada/with#odd?chars')).resolves.toEqual({ timeZone: 'Europe/Berlin', offeredAt: at.toISOString() });
    await store.setTimeZone('29:1ada/with#odd?chars', 'America/New_York');
    await expect(store.timeZoneOf('29:1ada/with#odd?chars')).resolves.toBe('America/New_York');
    await expect(store.get('29:1bob')).resolves.toBeUndefined();
  });

  test('a stored name that is no zone (an older or tampered row) reads as no zone', async () => {
    await client().upsertEntity({ partitionKey: toTableKey('29:1eve'), rowKey: 'timeZone', timeZone: 'Mars/Olympus_Mons' }, 'Replace');
    await expect(newStore().get('29:1eve')).resolves.toEqual({});
  });
});
