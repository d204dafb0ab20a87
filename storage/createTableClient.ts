import { TableClient } from '@azure/data-tables';
import { ManagedIdentityCredential } from '@azure/identity';
import type { StorageSettings } from './StorageSettings';

/**
 * Table calls sit inside bot turns and timer runs: the SDK's default (3 retries from 1 s, up to
 * 64 s apart) would hold a turn for half a minute when storage is down; two quick retries are enough.
 */
export const TABLE_RETRY_OPTIONS = { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 } as const;

/**
 * A Table Storage client for one table. In Azure shared-key access is off, so the app's
 * user-assigned managed identity is used; a connection string is only for Azurite.
 */
export function createTableClient(storage: StorageSettings, tableName: string): TableClient {
  if (storage.kind === 'connectionString') {
    const insecure = /UseDevelopmentStorage=true|http:\/\/127\.0\.0\.1|http:\/\/localhost/i.test(storage.connectionString);
    return TableClient.fromConnectionString(storage.connectionString, tableName, {
      allowInsecureConnection: insecure,
      retryOptions: TABLE_RETRY_OPTIONS,
    });
  }
  const credential = new ManagedIdentityCredential(storage.clientId ? { clientId: storage.clientId } : {});
  return new TableClient(storage.tableServiceUri, tableName, credential, { retryOptions: TABLE_RETRY_OPTIONS });
}
