import { jobStatusLabels, jobStatusName, jobTypeLabels, jobTypeName } from '../jobs/enums';
import type { JobStatusName } from '../jobs/enums';

/**
 * The text colours cards use. Good and Warning fail WCAG AA (4.5:1) for text on white: adaptivecards'
 * default host config draws Warning #E69500 (2.4:1) and Accent #2E89FC (3.4:1), Good #028A02 sits at 4.5:1,
 * and hosts' themes vary. Default and Attention are the two every Teams theme (light, dark, high contrast)
 * draws legibly; the status icons carry the rest of the meaning.
 */
export type CardColor = 'Default' | 'Attention';

export interface StatusLook {
  icon: string;
  word: string;
  color: CardColor;
}

const LOOKS: Record<JobStatusName, Omit<StatusLook, 'word'>> = {
  failed: { icon: '❌', color: 'Attention' },
  inProgress: { icon: '⏳', color: 'Default' },
  finishedWithException: { icon: '⚠️', color: 'Default' },
  finished: { icon: '✅', color: 'Default' },
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
