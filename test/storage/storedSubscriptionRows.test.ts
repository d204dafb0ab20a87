import { createTableClient } from '../../storage/createTableClient';
import { createTableSubscriptionStore } from '../../storage/createTableSubscriptionStore';
import { toTableKey } from '../../storage/tableKey';
import { startAzurite } from '../../dev/azurite';
import type { Azurite } from '../../dev/azurite';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(() => azurite.close());

const CONVERSATION = '19:stored-rows@thread.v2';

/** A subscription row exactly as the store has written them: the subscription as JSON, statuses and type as AvePoint's numbers. */
const storedRow = (id: number, filter: unknown) => ({
  partitionKey: toTableKey(CONVERSATION),
  rowKey: `sub-${String(id).padStart(6, '0')}`,
  rowType: 'subscription',
  enabled: true,
  watermark: '2026-11-20T08:00:00.000Z',
  data: JSON.stringify({
    conversationId: CONVERSATION,
    id,
    kind: 'jobs',
    filter,
    timeZone: 'Europe/Berlin',
    createdBy: 'Avery',
    createdAt: '2026-11-20T08:00:00.000Z',
  }),
});

test('subscription rows already stored read back, their statuses and type checked against the enum table', async () => {
  const table = createTableClient({ kind: 'connectionString', connectionString: azurite.connectionString }, 'subscriptions');
  const store = createTableSubscriptionStore(table);
  await store.list(CONVERSATION); // creates the table
  await table.createEntity(storedRow(1, { statuses: [4, 7], type: 1, organizationId: 'org-1', organizationName: 'Contoso' }));
  await table.createEntity(storedRow(2, { statuses: [], type: 0 }));
  // Values AvePoint does not define, or names instead of numbers, were never written: such a row is skipped, not guessed.
  await table.createEntity(storedRow(3, { statuses: [5], type: 1 }));
  await table.createEntity(storedRow(4, { statuses: [], type: 3 }));
  await table.createEntity(storedRow(5, { statuses: ['failed'], type: 1 }));

  const read = await store.list(CONVERSATION);
  expect(read.map((s) => [s.id, s.filter])).toEqual([
    [1, { statuses: [4, 7], type: 1, organizationId: 'org-1', organizationName: 'Contoso' }],
    [2, { statuses: [], type: 0 }],
  ]);
  expect(read[0]).toEqual({
    conversationId: CONVERSATION,
    id: 1,
    kind: 'jobs',
    filter: { statuses: [4, 7], type: 1, organizationId: 'org-1', organizationName: 'Contoso' },
    timeZone: 'Europe/Berlin',
    createdBy: 'Avery',
    createdAt: '2026-11-20T08:00:00.000Z',
    enabled: true,
    watermark: '2026-11-20T08:00:00.000Z',
  });
});
