import { PAGE_SIZE_WORDS } from './keywords';
import type { Token } from './types';

/** Page size or page number read from the sentence, and the index after it. */
export interface PagingMatch {
  pageSize?: number;
  page?: number;
  next: number;
}

const NUMBER = /^\d{1,6}$/;
/** "5 jobs", "5 failed backups": a number before what is being counted. */
const COUNTED_WORDS: ReadonlySet<string> = new Set([
  'jobs', 'job', 'results', 'result', 'items', 'entries', 'runs', 'rows', 'backups', 'restores', 'exports', 'audits',
  'retentions', 'dry', 'dryruns', 'failed', 'failing', 'successful', 'running', 'finished', 'completed',
  'latest', 'recent', 'most',
]);

/** Reads paging at tokens[i]; the page size is kept within 1..maxPageSize. */
export function readPaging(tokens: readonly Token[], i: number, maxPageSize: number): PagingMatch | undefined {
  const word = tokens[i]?.word ?? '';
  const following = tokens[i + 1]?.word ?? '';
  const size = (n: string) => Math.min(Math.max(Number(n), 1), maxPageSize);
  if (word === 'page' && NUMBER.test(following)) return { page: Math.max(Number(following), 1), next: i + 2 };
  if (PAGE_SIZE_WORDS.has(word) && NUMBER.test(following)) return { pageSize: size(following), next: i + 2 };
  // Only the number is consumed: the counted word may be a job type or status.
  if (NUMBER.test(word) && COUNTED_WORDS.has(following)) return { pageSize: size(word), next: i + 1 };
  return undefined;
}
