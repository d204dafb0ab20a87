import { TableClient } from '@azure/data-tables';
import { ManagedIdentityCredential } from '@azure/identity';
import type { StorageSettings } from './StorageSettings';

/**
 * A Table Storage client for one table. In Azure shared-key access is off, so the app's
 * user-assigned managed identity is used; a connection string is only for Azurite.
 */
export function createTableClient(storage: StorageSettings, tableName: string): TableClient {
  if (storage.kind === 'connectionString') {
    const insecure = /UseDevelopmentStorage=true|http:\/\/127\.0\.0\.1|http:\/\/localhost/i.test(storage.connectionString);
    return TableClient.fromConnectionString(storage.connectionString, tableName, { allowInsecureConnection: insecure });
  }
  const credential = new ManagedIdentityCredential(storage.clientId ? { clientId: storage.clientId } : {});
  return new TableClient(storage.tableServiceUri, tableName, credential);
}
