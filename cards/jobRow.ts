import type { Job } from '../jobs/model';
import { JOB_ID_MAX, executeAction } from './actions';
import type { ExecuteAction, ListContext } from './actions';
import { ROW_TIME, formatDuration, formatSize, formatTime } from './format';
import { statusLook, typeWord } from './status';
import type { CardColor } from './status';
import { displayText, plainText } from './text';

/** Organisation names are cut here in rows: long names would wrap and crowd the list on mobile. */
const ROW_NAME_MAX = 48;

/** Template data of one list row. */
export interface JobRowData {
  icon: string;
  name: string;
  details: string;
  color: CardColor;
  /** null when upstream sent no usable job id: such a row cannot open a detail card. */
  select: ExecuteAction | null;
}

/**
 * One compact row: icon, organisation, then "Failed · Backup · 28 Nov 14:02 · 1 h 05 min · 2.3 GB".
 * Tapping it opens the job's detail card (verb `detail`, only the job id plus the list context).
 */
export function jobRow(job: Job, context: ListContext): JobRowData {
  const look = statusLook(job.status);
  const jobId = plainText(job.jobId, '');
  const facts = [
    look.word,
    typeWord(job.type),
    formatTime(job.startTime, context.timeZone, ROW_TIME),
    formatDuration(job.durationHours),
    formatSize(job.backupSize),
  ];
  return {
    icon: look.icon,
    name: displayText(job.organizationName, ROW_NAME_MAX, 'Unknown organisation'),
    details: facts.join(' · '),
    color: look.color,
    select: jobId === '' || jobId.length > JOB_ID_MAX ? null : executeAction({ verb: 'detail', jobId, ...context }),
  };
}
