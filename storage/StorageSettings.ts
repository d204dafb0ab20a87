/** Where Table Storage is: a connection string (Azurite) or a table service URI reached with the managed identity. */
export type StorageSettings =
  { kind: 'connectionString'; connectionString: string } | { kind: 'identity'; tableServiceUri: string; clientId?: string };
