/**
 * Encodes text for a Table Storage PartitionKey/RowKey, which forbid `/ \ # ?`, control
 * characters and `%` in practice (some proxies decode it). base64url uses none of them
 * and is reversible; Teams conversation ids are far below the 1 KiB key limit.
 */
export const toTableKey = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
