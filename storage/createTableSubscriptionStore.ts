import type { TableOperations } from './TableOperations';
import { z } from 'zod';
import type { SubscriptionStore } from '../alerts/ports';
import type { Mute, Subscription } from '../alerts/Subscription';
import { JobStatus, JobType } from '../jobs/enums';
import { enumNumber } from '../jobs/enumValue';
import { ensureTableOnce } from './ensureTableOnce';
import { toTableKey } from './tableKey';
import { tableStatus, unless } from './tableStatus';

type Table = TableOperations;

const SUBSCRIPTION = 'subscription';
const MUTE = 'mute';
const rowKeyOf = (id: number) => `sub-${String(id).padStart(6, '0')}`;
const muteKeyOf = (organizationId: string) => `mute-${organizationId.toLowerCase()}`;

/** Stored rows may come from older versions: read back through a schema, skipping what no longer parses. */
const subscriptionSchema = z.object({
  conversationId: z.string(),
  id: z.number().int(),
  kind: z.enum(['jobs', 'missedBackup', 'digest']),
  filter: z.object({
    statuses: z.array(enumNumber(JobStatus)),
    type: enumNumber(JobType),
    organizationId: z.string().optional(),
    organizationName: z.string().optional(),
  }),
  thresholdHours: z.number().optional(),
  digest: z.object({ localTime: z.string(), timeZone: z.string() }).optional(),
  timeZone: z.string(),
  createdBy: z.string(),
  subscriberId: z.string().optional(),
  createdAt: z.string(),
});

interface SubscriptionRow {
  partitionKey: string;
  rowKey: string;
  rowType: typeof SUBSCRIPTION;
  data: string;
  enabled: boolean;
  disabledReason?: string;
  watermark: string;
}

const toSubscription = (row: SubscriptionRow): Subscription | undefined => {
  let json: unknown;
  try {
    json = JSON.parse(row.data);
  } catch {
    return undefined;
  }
  const parsed = subscriptionSchema.safeParse(json);
  if (!parsed.success) return undefined;
  return {
    ...parsed.data,
    enabled: row.enabled,
    watermark: row.watermark,
    ...(row.disabledReason && { disabledReason: row.disabledReason }),
  };
};

/**
 * Subscriptions and mutes in one table, one partition per conversation: commands touch one
 * partition; the timer reads them all (one scan per run). Numbers are handed out with
 * insert-if-absent, so two instances subscribing at once get different numbers.
 */
export function createTableSubscriptionStore(table: Table): SubscriptionStore {
  const ensureTable = ensureTableOnce(table);
  const rowsOf = async (filter: string): Promise<SubscriptionRow[]> => {
    const rows: SubscriptionRow[] = [];
    for await (const row of table.listEntities<SubscriptionRow>({ queryOptions: { filter } })) rows.push(row);
    return rows;
  };
  const partitionRows = (conversationId: string) =>
    rowsOf(`PartitionKey eq '${toTableKey(conversationId)}' and rowType eq '${SUBSCRIPTION}'`);
  const list = async (conversationId: string) =>
    (await partitionRows(conversationId)).flatMap((row) => toSubscription(row) ?? []).sort((a, b) => a.id - b.id);

  return {
    async add(subscription) {
      await ensureTable();
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const taken = await list(subscription.conversationId);
        const id = Math.max(0, ...taken.map((s) => s.id)) + 1;
        const stored: Subscription = { ...subscription, id, enabled: true, watermark: subscription.createdAt };
        const { enabled, watermark, ...data } = stored;
        const row: SubscriptionRow = {
          partitionKey: toTableKey(subscription.conversationId),
          rowKey: rowKeyOf(id),
          rowType: SUBSCRIPTION,
          data: JSON.stringify(data),
          enabled,
          watermark,
        };
        try {
          await table.createEntity(row);
          return stored;
        } catch (error) {
          // Another instance took this number a moment ago: count again.
          if (tableStatus(error) !== 409) throw error;
        }
      }
      throw new Error('Could not number the subscription: too many concurrent subscriptions in this conversation');
    },
    async list(conversationId) {
      await ensureTable();
      return list(conversationId);
    },
    async listEnabled() {
      await ensureTable();
      return (await rowsOf(`rowType eq '${SUBSCRIPTION}' and enabled eq true`)).flatMap((row) => toSubscription(row) ?? []);
    },
    async remove(conversationId, id) {
      await ensureTable();
      return unless([404], false, async () => (await table.deleteEntity(toTableKey(conversationId), rowKeyOf(id)), true));
    },
    async removeAll(conversationId) {
      await ensureTable();
      const rows = await partitionRows(conversationId);
      const removed = await Promise.all(
        rows.map((row) => unless([404], false, async () => (await table.deleteEntity(row.partitionKey, row.rowKey), true))),
      );
      return removed.filter(Boolean).length;
    },
    async advanceWatermark({ conversationId, id }, watermark) {
      await ensureTable();
      // ETag-conditional: a concurrent run that moved it further wins; a removed subscription stays removed.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const row = await unless([404], undefined, () => table.getEntity<SubscriptionRow>(toTableKey(conversationId), rowKeyOf(id)));
        if (!row || Date.parse(row.watermark) >= Date.parse(watermark)) return;
        try {
          await table.updateEntity({ partitionKey: row.partitionKey, rowKey: row.rowKey, watermark }, 'Merge', { etag: row.etag });
          return;
        } catch (error) {
          if (tableStatus(error) !== 412 && tableStatus(error) !== 404) throw error;
        }
      }
    },
    async disable({ conversationId, id }, reason) {
      await ensureTable();
      await unless([404], undefined, async () => {
        await table.updateEntity(
          { partitionKey: toTableKey(conversationId), rowKey: rowKeyOf(id), enabled: false, disabledReason: reason },
          'Merge',
        );
      });
    },
    async mute(mute) {
      await ensureTable();
      await table.upsertEntity(
        {
          partitionKey: toTableKey(mute.conversationId),
          rowKey: muteKeyOf(mute.organizationId),
          rowType: MUTE,
          data: JSON.stringify(mute),
          until: mute.until,
        },
        'Replace',
      );
    },
    async activeMutes(now) {
      await ensureTable();
      const mutes: Mute[] = [];
      for await (const row of table.listEntities<{ data: string }>({
        queryOptions: { filter: `rowType eq '${MUTE}' and until gt '${now.toISOString()}'` },
      })) {
        try {
          mutes.push(JSON.parse(row.data) as Mute);
        } catch {
          // An unreadable mute is no mute.
        }
      }
      return mutes;
    },
  };
}
