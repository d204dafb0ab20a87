import type { JobsSummary, StatusCounts } from './JobsSummary';
import { DAY_MS, HOUR_MS } from './time';

/** "91.3%", "100%". */
export const percent = (rate: number): string => `${Math.round(rate * 1000) / 10}%`;

const ended = (byStatus: StatusCounts): number => byStatus.finished + byStatus.finishedWithException + byStatus.failed;

/** "the 7 days before", "the 24 hours before", else "the period before" (calendar ranges of odd length). */
function periodBefore(startTime: string, endTime: string): string {
  const span = Date.parse(endTime) - Date.parse(startTime);
  if (span % DAY_MS === 0) return span === DAY_MS ? 'the day before' : `the ${span / DAY_MS} days before`;
  if (span % HOUR_MS === 0) return span === HOUR_MS ? 'the hour before' : `the ${span / HOUR_MS} hours before`;
  return 'the period before';
}

/**
 * Pure: the rate, the comparison with the period before and the worst record, one sentence each,
 * for GET /api/summary and the summary card. Nothing is said that the counts do not support.
 */
export function summaryInsights(summary: JobsSummary): string[] {
  const { byStatus, previous, successRate, worstRecord } = summary;
  const before = periodBefore(summary.query.startTime, summary.query.endTime);
  const lines: string[] = [];
  if (successRate !== null) {
    const then = previous.successRate === null ? `none ended in ${before}` : `${percent(previous.successRate)} in ${before}`;
    lines.push(`Success rate ${percent(successRate)} of ${ended(byStatus)} jobs that ended (${then}).`);
  }
  const change = byStatus.failed - previous.byStatus.failed;
  if (byStatus.failed > 0 || previous.byStatus.failed > 0) {
    const compared = change === 0 ? 'as many as' : `${Math.abs(change)} ${change > 0 ? 'more' : 'fewer'} than`;
    lines.push(`${byStatus.failed} failed: ${compared} in ${before} (${previous.byStatus.failed}).`);
  }
  // One organisation asked for has no one to be ranked against.
  if (worstRecord && summary.query.organizationId === undefined && summary.organizations.length > 1) {
    const { organizationName, successRate: rate, failed, finishedWithException } = worstRecord;
    const how = [failed > 0 && `${failed} failed`, finishedWithException > 0 && `${finishedWithException} with exceptions`].filter(Boolean);
    lines.push(`Worst record: ${organizationName}, ${percent(rate)} finished cleanly (${how.join(', ')}).`);
  }
  return lines;
}
