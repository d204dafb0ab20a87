import { JOB_WORDS } from './keywords';
import type { Token } from './types';

/** AvePoint job ids: a few letters then a long timestamp-like number, e.g. DCIB2022081903124382222110. */
const JOB_ID = /^[a-z]{2,8}\d{8,}$/i;
/** After "job"/"details", any word with a digit is taken as an id, whatever its shape. */
const LOOSE_JOB_ID = /^(?=.*\d)[a-z0-9-]{6,}$/i;

/** Reads "job <id>", "details <id>", "details for <id>" or a bare AvePoint job id at tokens[i]. */
export function readJobId(tokens: readonly Token[], i: number): { jobId: string; next: number } | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  if (JOB_ID.test(token.text)) return { jobId: token.text.toUpperCase(), next: i + 1 };
  if (!JOB_WORDS.has(token.word)) return undefined;
  const j = tokens[i + 1]?.word === 'for' || tokens[i + 1]?.word === 'of' ? i + 2 : i + 1;
  const id = tokens[j]?.text;
  return id !== undefined && LOOSE_JOB_ID.test(id) ? { jobId: id.toUpperCase(), next: j + 1 } : undefined;
}
