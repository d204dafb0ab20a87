import type { Job } from '../jobs/model';
import { JOB_ID_MAX, detailSelectAction } from './actions';
import type { SelectAction } from './actions';
import { ROW_TIME, formatDuration, formatSize, formatTime } from './format';
import { statusLook, typeWord } from './status';
import type { CardColor } from './status';
import { plainText, truncateBytes } from './text';

/**
 * Organisation names are cut to this many UTF-8 bytes in rows (42 Latin characters, 14 CJK):
 * long names would crowd the list on mobile, and the byte cap keeps 50 rows under Teams' limit in any script.
 */
export const ROW_NAME_MAX_BYTES = 42;

/** Template data of one list row. */
export interface JobRowData {
  /** Status icon, e.g. "❌", in its own column. */
  icon: string;
  /** Organisation, e.g. "Contoso Ltd". */
  name: string;
  details: string;
  color: CardColor;
  /** null when upstream sent no usable job id: such a row cannot open a detail card. */
  select: SelectAction | null;
}

/**
 * One row, a ColumnSet (Tables break on Teams mobile): the status icon, then "Contoso Ltd" over
 * "Failed · Backup · 28 Nov 14:02 · 1 h 05 min · 2.3 GB".
 * Tapping it opens the job's detail card (verb `detail` with only the job id).
 */
export function jobRow(
  job: Pick<Job, 'jobId' | 'status' | 'type' | 'startTime' | 'durationHours' | 'backupSize' | 'organizationName'>,
  timeZone: string,
): JobRowData {
  const look = statusLook(job.status);
  const jobId = plainText(job.jobId, '');
  const facts = [
    look.word,
    typeWord(job.type),
    formatTime(job.startTime, timeZone, ROW_TIME),
    formatDuration(job.durationHours),
    formatSize(job.backupSize),
  ];
  return {
    icon: look.icon,
    name: truncateBytes(plainText(job.organizationName, 'Unknown organisation'), ROW_NAME_MAX_BYTES),
    details: facts.join(' · '),
    color: look.color,
    select: jobId === '' || jobId.length > JOB_ID_MAX ? null : detailSelectAction(jobId),
  };
}
