import { sharedPromise } from '../shared/sharedPromise';
import type { TableOperations } from './TableOperations';

/**
 * Creates the table on first use, once per store instance (createTable succeeds when the table
 * exists already); a failure is forgotten so that the next call tries again.
 */
export function ensureTableOnce(table: TableOperations): () => Promise<void> {
  return sharedPromise(() => table.createTable(), 'failed');
}
