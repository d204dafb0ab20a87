import type { Job } from '../jobs/model';
import { executeAction, listContext } from './actions';
import type { ExecuteAction } from './actions';
import type { QueryAsRead } from '../jobs/QueryAsRead';
import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { DETAIL_TIME, formatCount, formatDuration, formatSize, formatTime, renderZone } from './format';
import { statusLook, typeWord } from './status';
import type { CardColor } from './status';
import { displayText } from './text';
import template from './templates/jobDetail.json';

export interface JobDetailInput {
  job: Job;
  timeZone: string;
  /** The list to go back to (the conversation's last one); gives a "Back to list" button. */
  back?: QueryAsRead;
}

interface JobDetailData {
  title: string;
  color: CardColor;
  organization: string;
  facts: { title: string; value: string }[];
  counts: { label: string; entities: string; records: string }[];
  actions: ExecuteAction[];
}

const jobDetail = cardTemplate<JobDetailData>(template);

/** Upstream ids and names are capped: a detail card must not grow with bad data. */
const FIELD_MAX = 120;

/** Pure: the detail card's template data. */
export function jobDetailData({ job, timeZone, back }: JobDetailInput): JobDetailData {
  const look = statusLook(job.status);
  const zone = renderZone(timeZone);
  const counts = (label: string, entities: unknown, records: unknown) => ({
    label,
    entities: formatCount(entities),
    records: formatCount(records),
  });
  return {
    title: `${look.icon} ${look.word} · ${typeWord(job.type)}`,
    color: look.color,
    organization: displayText(job.organizationName, FIELD_MAX, 'Unknown organisation'),
    facts: [
      { title: 'Status', value: look.word },
      { title: 'Type', value: typeWord(job.type) },
      { title: 'Module', value: displayText(job.module, FIELD_MAX) },
      { title: 'Started', value: formatTime(job.startTime, zone, DETAIL_TIME) },
      { title: 'Finished', value: job.finishTime == null ? 'not yet' : formatTime(job.finishTime, zone, DETAIL_TIME) },
      { title: 'Time zone', value: displayText(zone, FIELD_MAX) },
      { title: 'Duration', value: formatDuration(job.durationHours) },
      { title: 'Size', value: formatSize(job.backupSize) },
      { title: 'Org id', value: displayText(job.organizationId, FIELD_MAX) },
      { title: 'Job id', value: displayText(job.jobId, FIELD_MAX) },
    ],
    counts: [
      counts('Successful', job.successfulEntity, job.successfulRecord),
      counts('Failed', job.failedEntity, job.failedRecord),
      counts('Skipped', job.skippedEntity, job.skippedRecord),
      counts('Warning', job.warningEntity, job.warningRecord),
      counts('Total', job.totalEntity, job.totalRecord),
    ],
    actions: back ? [executeAction({ verb: 'page', ...listContext(back.query, back.reading, back.timeZone) }, '◀ Back to list')] : [],
  };
}

/** The detail card of one job: outcome counts, size, times in the user's zone, ids. */
export const jobDetailCard = (input: JobDetailInput): AdaptiveCardJson => jobDetail.expand(jobDetailData(input));
