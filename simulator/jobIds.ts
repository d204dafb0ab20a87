/** AvePoint-style job id prefixes, one per job type. */
export const JOB_ID_PREFIX: Readonly<Record<number, string>> = {
  1: 'DCIB', // backup
  2: 'DCIR', // restore
  4: 'DCID', // dry run
  8: 'DCIT', // retention
  16: 'DCIA', // audit backup
  32: 'DCIE', // export
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Layout (the facade parses it, keep it exact): 4-letter prefix + start time as
 * `yyyyMMddHHmmss` in UTC + 8 digits, e.g. `DCIB2022081903124382222110`
 * = a backup started 2022-08-19T03:12:43Z.
 */
export function formatJobId(type: number, start: Date, digits: number): string {
  const prefix = JOB_ID_PREFIX[type] ?? 'DCIX';
  const stamp =
    `${start.getUTCFullYear()}${pad(start.getUTCMonth() + 1)}${pad(start.getUTCDate())}` +
    `${pad(start.getUTCHours())}${pad(start.getUTCMinutes())}${pad(start.getUTCSeconds())}`;
  return `${prefix}${stamp}${pad(digits % 100_000_000, 8)}`;
}
