import { randomUUID } from 'node:crypto';
import type { TableOperations } from './TableOperations';
import type { DeliveryKey, DeliveryStore } from '../alerts/ports';
import { ensureTableOnce } from './ensureTableOnce';
import { toTableKey } from './tableKey';
import { tableStatus, unless } from './tableStatus';

type Table = TableOperations;

interface DeliveryRow {
  partitionKey: string;
  rowKey: string;
  state: 'claimed' | 'sent';
  token?: string;
  leaseUntil?: string;
  activityId?: string;
  detail?: string;
  etag?: string;
}

/** One partition per subscription: its claims are independent of every other subscription's. */
const keysOf = ({ conversationId, subscriptionId, item }: DeliveryKey) => ({
  partitionKey: toTableKey(`${conversationId}\n${subscriptionId}`),
  rowKey: toTableKey(item),
});

const readDetail = (text: string | undefined): Record<string, string> | undefined => {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Record<string, string>;
  } catch {
    return undefined;
  }
};

/**
 * The once-only ledger. A claim is an insert-if-absent (createEntity: 409 means another run has
 * it), after a read that finds most items already there; it carries a lease so that a run that
 * crashed before sending gives the item back when the lease passes (taken over with an
 * ETag-conditional replace: only one run can win it).
 */
export function createTableDeliveryStore(table: Table): DeliveryStore {
  const ensureTable = ensureTableOnce(table);
  const read = (key: DeliveryKey) => {
    const { partitionKey, rowKey } = keysOf(key);
    return unless([404], undefined, () => table.getEntity<DeliveryRow>(partitionKey, rowKey));
  };
  return {
    async claim(key, leaseUntil, now) {
      await ensureTable();
      const token = randomUUID();
      const row: DeliveryRow = { ...keysOf(key), state: 'claimed', token, leaseUntil: leaseUntil.toISOString() };
      // Read first: most items a run looks at again (the overlap, an open missed-backup episode) are sent
      // already, and a read answers that without a write, where a refused insert is a write.
      let existing = await read(key);
      if (!existing) {
        try {
          await table.createEntity(row);
          return { kind: 'claimed', token };
        } catch (error) {
          if (tableStatus(error) !== 409) throw error;
        }
        existing = await read(key);
        if (!existing) return { kind: 'busy' };
      }
      if (existing.state === 'sent') return { kind: 'sent', activityId: existing.activityId, detail: readDetail(existing.detail) };
      if (existing.leaseUntil && Date.parse(existing.leaseUntil) > now.getTime()) return { kind: 'busy' };
      try {
        await table.updateEntity(row, 'Replace', { etag: existing.etag });
        return { kind: 'claimed', token };
      } catch (error) {
        if (tableStatus(error) === 412 || tableStatus(error) === 404) return { kind: 'busy' };
        throw error;
      }
    },
    async markSent(key, _token, activityId, detail) {
      await ensureTable();
      const row: DeliveryRow = {
        ...keysOf(key),
        state: 'sent',
        ...(activityId && { activityId }),
        ...(detail && { detail: JSON.stringify(detail) }),
      };
      await table.upsertEntity(row, 'Replace');
    },
    async release(key, token) {
      await ensureTable();
      const existing = await read(key);
      if (!existing || existing.state !== 'claimed' || existing.token !== token) return;
      await unless(
        [404, 412],
        undefined,
        async () => void (await table.deleteEntity(existing.partitionKey, existing.rowKey, { etag: existing.etag })),
      );
    },
    async get(key) {
      await ensureTable();
      const existing = await read(key);
      return existing?.state === 'sent' ? { activityId: existing.activityId, detail: readDetail(existing.detail) } : undefined;
    },
    async forget(key) {
      await ensureTable();
      const { partitionKey, rowKey } = keysOf(key);
      await unless([404], undefined, async () => void (await table.deleteEntity(partitionKey, rowKey)));
    },
  };
}
