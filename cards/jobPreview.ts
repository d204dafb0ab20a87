import type { Job } from '../jobs/model';
import { ROW_TIME, formatDuration, formatTime, renderZone } from './format';
import { statusLook, typeWord } from './status';
import { displayText } from './text';

/** A thumbnail card's content: what a search result or an unfurled link shows before the job card is inserted. */
export interface JobPreview {
  title: string;
  subtitle: string;
  text: string;
}

/** Upstream names are capped: the preview is one line in a narrow list. */
const PREVIEW_NAME_MAX = 80;

/** Pure: "❌ Contoso" / "Failed · Backup" / "28 Nov 14:02 (Europe/Berlin) · 1 h 05 min · DCIB…". */
export function jobPreview({ job, timeZone }: { job: Job; timeZone: string }): JobPreview {
  const look = statusLook(job.status);
  const zone = renderZone(timeZone);
  return {
    title: `${look.icon} ${displayText(job.organizationName, PREVIEW_NAME_MAX, 'Unknown organisation')}`,
    subtitle: `${look.word} · ${typeWord(job.type)}`,
    text: `${formatTime(job.startTime, zone, ROW_TIME)} (${zone}) · ${formatDuration(job.durationHours)} · ${displayText(job.jobId, PREVIEW_NAME_MAX)}`,
  };
}
