import type { UserTimeZoneStore } from '../bot/UserTimeZoneStore';
import { luxonZoneName } from '../jobs/timeZone';
import { ensureTableOnce } from './ensureTableOnce';
import type { TableOperations } from './TableOperations';
import { toTableKey } from './tableKey';
import { unless } from './tableStatus';

/** One partition per user; one row for the zone and whether it was offered. */
const ROW = 'timeZone';

interface Row {
  partitionKey: string;
  rowKey: string;
  timeZone?: string;
  offeredAt?: string;
}

/** Users' zones over one Azure Table; each write merges one field, so setting and offering never undo each other. */
export function createTableUserTimeZoneStore(table: TableOperations): UserTimeZoneStore {
  const ensureTable = ensureTableOnce(table);
  const get = async (userId: string) => {
    await ensureTable();
    const row = await unless([404], undefined, () => table.getEntity<Row>(toTableKey(userId), ROW));
    if (!row) return undefined;
    // A stored name is read back through the one zone check (Intl's spelling, or nothing).
    const timeZone = typeof row.timeZone === 'string' ? luxonZoneName(row.timeZone) : undefined;
    return { ...(timeZone && { timeZone }), ...(typeof row.offeredAt === 'string' && { offeredAt: row.offeredAt }) };
  };
  const merge = async (userId: string, fields: Pick<Row, 'timeZone' | 'offeredAt'>) => {
    await ensureTable();
    await table.upsertEntity<Row>({ partitionKey: toTableKey(userId), rowKey: ROW, ...fields }, 'Merge');
  };
  return {
    get,
    timeZoneOf: async (userId) => (await get(userId))?.timeZone,
    setTimeZone: (userId, timeZone) => merge(userId, { timeZone }),
    markOffered: (userId, at) => merge(userId, { offeredAt: at.toISOString() }),
  };
}
