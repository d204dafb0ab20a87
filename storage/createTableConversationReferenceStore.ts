import type { TableOperations } from './TableOperations';
import type { ConversationReferenceStore, StoredReference } from '../alerts/ports';
import { ensureTableOnce } from './ensureTableOnce';
import { toTableKey } from './tableKey';
import { unless } from './tableStatus';

type Table = TableOperations;

const ROW = 'reference';

interface ReferenceRow {
  partitionKey: string;
  rowKey: string;
  reference: string;
  notBefore?: string;
}

/** Where proactive messages go: one row per conversation, in its own partition. */
export function createTableConversationReferenceStore(table: Table): ConversationReferenceStore {
  const ensureTable = ensureTableOnce(table);
  return {
    async save(conversationId, reference) {
      await ensureTable();
      await table.upsertEntity({ partitionKey: toTableKey(conversationId), rowKey: ROW, reference: JSON.stringify(reference) }, 'Replace');
    },
    async get(conversationId) {
      await ensureTable();
      const row = await unless([404], undefined, () => table.getEntity<ReferenceRow>(toTableKey(conversationId), ROW));
      if (!row) return undefined;
      try {
        return { reference: JSON.parse(row.reference) as StoredReference, ...(row.notBefore && { notBefore: row.notBefore }) };
      } catch {
        return undefined;
      }
    },
    async remove(conversationId) {
      await ensureTable();
      await unless([404], undefined, async () => void (await table.deleteEntity(toTableKey(conversationId), ROW)));
    },
    async deferUntil(conversationId, notBefore) {
      await ensureTable();
      await unless([404], undefined, async () => {
        await table.updateEntity({ partitionKey: toTableKey(conversationId), rowKey: ROW, notBefore: notBefore.toISOString() }, 'Merge');
      });
    },
  };
}
