import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite } from '../../dev/azurite';
import { createTableClient } from '../../storage/createTableClient';
import { createTableSubscriptionStore } from '../../storage/createTableSubscriptionStore';

const subscription = {
  conversationId: 'a:1local',
  kind: 'jobs' as const,
  filter: { statuses: [4 as const], type: 1 as const },
  timeZone: 'UTC',
  createdBy: 'Ada',
  createdAt: '2026-11-28T12:00:00.000Z',
};

test('Azurite with a location (npm start) keeps subscriptions across a restart; without one (tests) storage starts empty', async () => {
  const location = mkdtempSync(join(tmpdir(), 'azurite-'));
  try {
    const first = await startAzurite({ location });
    await createTableSubscriptionStore(
      createTableClient({ kind: 'connectionString', connectionString: first.connectionString }, 'subscriptions'),
    ).add(subscription);
    await first.close();
    const second = await startAzurite({ location });
    const kept = await createTableSubscriptionStore(
      createTableClient({ kind: 'connectionString', connectionString: second.connectionString }, 'subscriptions'),
    ).list('a:1local');
    await second.close();
    expect(kept.map((s) => s.id)).toEqual([1]);
    const fresh = await startAzurite();
    const none = await createTableSubscriptionStore(
      createTableClient({ kind: 'connectionString', connectionString: fresh.connectionString }, 'subscriptions'),
    ).list('a:1local');
    await fresh.close();
    expect(none).toEqual([]);
  } finally {
    rmSync(location, { recursive: true, force: true });
  }
});
