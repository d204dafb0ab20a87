import { jobStatusLabels, jobStatusName, jobTypeLabels, jobTypeName } from '../jobs/enums';
import type { JobStatusName } from '../jobs/enums';

/** Adaptive Card text colours used for statuses. */
export type CardColor = 'Default' | 'Good' | 'Warning' | 'Attention';

export interface StatusLook {
  icon: string;
  word: string;
  color: CardColor;
}

const LOOKS: Record<JobStatusName, Omit<StatusLook, 'word'>> = {
  failed: { icon: '❌', color: 'Attention' },
  inProgress: { icon: '⏳', color: 'Warning' },
  finishedWithException: { icon: '⚠️', color: 'Warning' },
  finished: { icon: '✅', color: 'Good' },
};

/** Order of the count chips: what needs attention first. */
export const CHIP_ORDER: readonly JobStatusName[] = ['failed', 'inProgress', 'finishedWithException', 'finished'];

/** Icon, word and colour of a status number; unknown numbers are shown, not hidden. */
export function statusLook(status: unknown): StatusLook {
  const name = typeof status === 'number' ? jobStatusName(status) : undefined;
  return name
    ? { ...LOOKS[name], word: jobStatusLabels(name).label }
    : { icon: '❔', word: `Status ${typeof status === 'number' ? status : 'unknown'}`, color: 'Default' };
}

/** Human name of a job type number. */
export function typeWord(type: unknown): string {
  const name = typeof type === 'number' ? jobTypeName(type) : undefined;
  return name ? jobTypeLabels(name).label : `Type ${typeof type === 'number' ? type : 'unknown'}`;
}
