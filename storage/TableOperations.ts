import type { TableClient, TableEntityResult } from '@azure/data-tables';

type Used = 'createTable' | 'createEntity' | 'getEntity' | 'updateEntity' | 'upsertEntity' | 'deleteEntity';

/** What the table stores use of a TableClient: a TableClient fits, and so does the lazy one. */
export interface TableOperations extends Pick<TableClient, Used> {
  listEntities<T extends object = Record<string, unknown>>(
    options?: Parameters<TableClient['listEntities']>[0],
  ): AsyncIterable<TableEntityResult<T>>;
}

export type ForwardedOperation = Used;
