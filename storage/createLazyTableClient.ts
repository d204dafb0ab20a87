import type { TableClient } from '@azure/data-tables';
import { sharedPromise } from '../shared/sharedPromise';
import type { StorageSettings } from './StorageSettings';
import type { ForwardedOperation, TableOperations } from './TableOperations';

const FORWARDED: readonly ForwardedOperation[] = [
  'createTable',
  'createEntity',
  'getEntity',
  'updateEntity',
  'upsertEntity',
  'deleteEntity',
];

/** The SDK's module, loaded once for every table (a failed load is forgotten). */
const loadSdk = sharedPromise(() => import('./createTableClient'), 'failed');

/** Loads the Table Storage SDK ahead of the first storage call (a warm-up); no request is sent. */
export async function prepareTableStorage(): Promise<void> {
  await loadSdk();
}

/**
 * A table client whose SDK (@azure/data-tables, @azure/identity) is loaded on its first call, not at
 * start-up: a facade request never needs storage, and the two packages are a large share of the
 * cold start (docs/PERFORMANCE.md). A failed load is forgotten, so the next call tries again.
 */
export function createLazyTableClient(storage: StorageSettings, tableName: string): TableOperations {
  const client = sharedPromise(async () => (await loadSdk()).createTableClient(storage, tableName), 'failed');
  const forward =
    (name: ForwardedOperation) =>
    async (...args: unknown[]) => {
      const table = await client();
      return (table[name] as (...parameters: unknown[]) => unknown).apply(table, args);
    };
  const lazy = {
    ...Object.fromEntries(FORWARDED.map((name) => [name, forward(name)])),
    async *listEntities(options?: Parameters<TableClient['listEntities']>[0]) {
      yield* (await client()).listEntities(options);
    },
  };
  // Each method forwards its arguments unchanged to the TableClient method of the same name.
  return lazy as unknown as TableOperations;
}
