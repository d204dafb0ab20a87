import type { TableOperations } from './TableOperations';
import type { Organization } from '../jobs/model';
import type { OrganizationStore } from '../jobs/organizationDirectory';
import { ensureTableOnce } from './ensureTableOnce';

const PARTITION = 'organization';

/** The organisation directory in Table Storage: one row per organisation id. */
export function createTableOrganizationStore(table: TableOperations): OrganizationStore {
  const ensureTable = ensureTableOnce(table);
  return {
    async list() {
      await ensureTable();
      const organizations: Organization[] = [];
      for await (const row of table.listEntities<{ name: string }>({ queryOptions: { filter: `PartitionKey eq '${PARTITION}'` } })) {
        if (typeof row.rowKey === 'string' && typeof row.name === 'string') organizations.push({ id: row.rowKey, name: row.name });
      }
      return organizations;
    },
    async save(organizations) {
      await ensureTable();
      await Promise.all(organizations.map((o) => table.upsertEntity({ partitionKey: PARTITION, rowKey: o.id, name: o.name }, 'Replace')));
    },
  };
}
