import { jobStatusName, jobTypeName } from '../jobs/enums';
import type { JobStatusName, JobTypeName } from '../jobs/enums';

/** Adaptive Card text colours used for statuses. */
export type CardColor = 'Default' | 'Good' | 'Warning' | 'Attention';

export interface StatusLook {
  icon: string;
  word: string;
  color: CardColor;
}

const LOOKS: Record<JobStatusName, StatusLook> = {
  failed: { icon: '❌', word: 'Failed', color: 'Attention' },
  inProgress: { icon: '⏳', word: 'In progress', color: 'Warning' },
  finishedWithException: { icon: '⚠️', word: 'Finished with exception', color: 'Warning' },
  finished: { icon: '✅', word: 'Finished', color: 'Good' },
};

/** Order of the count chips: what needs attention first. */
export const CHIP_ORDER: readonly JobStatusName[] = ['failed', 'inProgress', 'finishedWithException', 'finished'];

/** Icon, word and colour of a status number; unknown numbers are shown, not hidden. */
export function statusLook(status: unknown): StatusLook {
  const name = typeof status === 'number' ? jobStatusName(status) : undefined;
  return name ? LOOKS[name] : { icon: '❔', word: `Status ${typeof status === 'number' ? status : 'unknown'}`, color: 'Default' };
}

const TYPE_WORDS: Record<JobTypeName, string> = {
  all: 'All types',
  backup: 'Backup',
  restore: 'Restore',
  dryRun: 'Dry run',
  retention: 'Retention',
  auditBackup: 'Audit backup',
  export: 'Export',
};

/** Human name of a job type number. */
export function typeWord(type: unknown): string {
  const name = typeof type === 'number' ? jobTypeName(type) : undefined;
  return name ? TYPE_WORDS[name] : `Type ${typeof type === 'number' ? type : 'unknown'}`;
}
