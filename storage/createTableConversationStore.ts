import type { TableOperations } from './TableOperations';
import { z } from 'zod';
import type { ConversationStore } from '../bot/ConversationStore';
import { jobQuerySchema } from '../jobs/jobQuerySchema';
import type { QueryAsRead } from '../jobs/QueryAsRead';
import { ensureTableOnce } from './ensureTableOnce';
import { toTableKey } from './tableKey';

/** One partition per conversation (spreads load); one row per kind of state. */
const ROW = 'lastQuery';

/** What was stored may come from an older version of the app: read it back through the one JobQuery schema. */
const savedSchema = z.object({ query: jobQuerySchema, reading: z.string(), timeZone: z.string() }) satisfies z.ZodType<
  QueryAsRead,
  unknown
>;

interface Row {
  partitionKey: string;
  rowKey: string;
  saved: string;
}

/**
 * The conversation store over one Azure Table (Azurite locally, managed identity in Azure:
 * the TableClient decides). The table is created on first use, once per store instance.
 */
export function createTableConversationStore(table: TableOperations): ConversationStore {
  const ensureTable = ensureTableOnce(table);

  return {
    async get(conversationId) {
      await ensureTable();
      try {
        const row = await table.getEntity<Row>(toTableKey(conversationId), ROW);
        return readSaved(row.saved);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async set(conversationId, saved) {
      await ensureTable();
      const row: Row = { partitionKey: toTableKey(conversationId), rowKey: ROW, saved: JSON.stringify(saved) };
      await table.upsertEntity(row, 'Replace');
    },
  };
}

const isNotFound = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'statusCode' in error && error.statusCode === 404;

/** A row that no longer parses is treated as no saved query: the user simply asks again. */
function readSaved(text: string): QueryAsRead | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = savedSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
