import type { TableOperations } from './TableOperations';

/**
 * Creates the table on first use, once per store instance (createTable succeeds when the table
 * exists already); a failure is forgotten so that the next call tries again.
 */
export function ensureTableOnce(table: TableOperations): () => Promise<void> {
  let created: Promise<void> | undefined;
  return () =>
    (created ??= table.createTable().catch((error: unknown) => {
      created = undefined;
      throw error;
    }));
}
