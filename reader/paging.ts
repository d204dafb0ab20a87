import { readCount } from './count';
import { PAGE_SIZE_WORDS } from './keywords';
import type { Token } from './types';

/** Page size or page number read from the sentence, and the index after it. */
export interface PagingMatch {
  pageSize?: number;
  /** The page size asked for was larger than the caller allows, and was cut to it. */
  capped?: true;
  page?: number;
  next: number;
}

/** Any digits, "0" and "999999" included: they are clamped, not refused. */
const NUMBER = /^\d{1,6}$/;
/** "5 jobs", "5 failed backups": a number before what is being counted. */
const COUNTED_WORDS: ReadonlySet<string> = new Set([
  'jobs',
  'job',
  'results',
  'result',
  'items',
  'entries',
  'runs',
  'rows',
  'backups',
  'restores',
  'exports',
  'audits',
  'retentions',
  'dry',
  'dryruns',
  'failed',
  'failing',
  'successful',
  'running',
  'finished',
  'completed',
  'latest',
  'recent',
  'most',
  'newest',
  'oldest',
  'earliest',
  'largest',
  'biggest',
  'smallest',
  'longest',
  'slowest',
  'shortest',
  'fastest',
  'worst',
  'failures',
  'errors',
  'problems',
  'issues',
  'warnings',
]);

/** A number in digits or words ("five", "a dozen") at tokens[i]. */
function numberAt(tokens: readonly Token[], i: number): { n: number; next: number } | undefined {
  const word = tokens[i]?.word ?? '';
  return NUMBER.test(word) ? { n: Number(word), next: i + 1 } : readCount(tokens, i);
}

/** Reads paging at tokens[i]; the page size is kept within 1..maxPageSize. */
export function readPaging(tokens: readonly Token[], i: number, maxPageSize: number): PagingMatch | undefined {
  const word = tokens[i]?.word ?? '';
  const size = (n: number) => ({ pageSize: Math.min(Math.max(n, 1), maxPageSize), ...(n > maxPageSize && { capped: true as const }) });
  if (word === 'page' || PAGE_SIZE_WORDS.has(word)) {
    const number = numberAt(tokens, i + 1);
    if (!number) return undefined;
    return word === 'page' ? { page: Math.max(number.n, 1), next: number.next } : { ...size(number.n), next: number.next };
  }
  const number = numberAt(tokens, i);
  // Only the number is consumed: the counted word may be a job type or status.
  if (number && COUNTED_WORDS.has(tokens[number.next]?.word ?? '')) return { ...size(number.n), next: number.next };
  return undefined;
}
