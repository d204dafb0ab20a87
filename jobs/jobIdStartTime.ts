/** AvePoint job ids: 4-letter prefix + start time `yyyyMMddHHmmss` (UTC) + 8 digits, e.g. DCIB2022081903124382222110. */
const JOB_ID = /^[A-Z]{4}(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{8}$/i;

/** The start time a job id encodes, or undefined when the id does not have AvePoint's layout. */
export function jobIdStartTime(jobId: string): Date | undefined {
  const match = JOB_ID.exec(jobId.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 2026-02-30 over to March: such an id is not a real timestamp.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60 ? date : undefined;
}
