import { startAzurite, type Azurite } from '../dev/azurite';
import { createLazyTableClient } from './createLazyTableClient';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(() => azurite.close());

test('the lazy client reaches the same table as a TableClient would, loading the SDK on its first call', async () => {
  const table = createLazyTableClient({ kind: 'connectionString', connectionString: azurite.connectionString }, 'lazy');
  await table.createTable();
  await table.upsertEntity({ partitionKey: 'p', rowKey: 'r', name: 'Contoso' }, 'Replace');
  expect((await table.getEntity<{ name: string }>('p', 'r')).name).toBe('Contoso');
  const rows: string[] = [];
  for await (const row of table.listEntities<{ name: string }>({ queryOptions: { filter: "PartitionKey eq 'p'" } })) rows.push(row.name);
  expect(rows).toEqual(['Contoso']);
  await table.deleteEntity('p', 'r');
  await expect(table.getEntity('p', 'r')).rejects.toMatchObject({ statusCode: 404 });
});
