import { JobStatus, JobType } from '../jobs/enums';
import { HOUR_MS } from '../jobs/time';
import { executeAction, listContext } from './actions';
import type { ExecuteAction } from './actions';
import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { ROW_TIME, formatTime, renderZone } from './format';
import type { CardColor } from './status';
import { displayText } from './text';
import template from './templates/missedBackup.json';

export interface MissedBackupInput {
  organizationId: string;
  organizationName: string;
  thresholdHours: number;
  timeZone: string;
  /** ISO 8601 UTC: when the run found it missed. */
  openedAt: string;
  /** Present once resolved: when the next successful backup finished (ISO 8601 UTC). */
  resolvedAt?: string;
  /** e.g. "Alert #2". */
  about: string;
}

interface MissedBackupData {
  title: string;
  color: CardColor;
  organization: string;
  facts: { title: string; value: string }[];
  about: string;
  actions: ExecuteAction[];
}

const missed = cardTemplate<MissedBackupData>(template);

const hoursText = (hours: number) => (hours === 1 ? '1 hour' : `${Math.round(hours * 100) / 100} hours`);

/** Pure: the missed-backup card's data, open or resolved. */
export function missedBackupData(input: MissedBackupInput): MissedBackupData {
  const zone = renderZone(input.timeZone);
  const name = displayText(input.organizationName, 120, 'Unknown organisation');
  const resolved = input.resolvedAt !== undefined;
  const opened = Date.parse(input.openedAt);
  const backups = listContext(
    {
      page: 1,
      pageSize: 10,
      type: JobType.backup,
      startTime: new Date(opened - Math.max(input.thresholdHours, 24) * HOUR_MS).toISOString(),
      endTime: new Date((resolved ? Date.parse(input.resolvedAt!) : opened) + HOUR_MS).toISOString(),
      statuses: [],
      organizationId: input.organizationId,
    },
    `Backups of ${name}`,
    zone,
  );
  return {
    title: resolved
      ? `✅ Resolved: backup finished at ${formatTime(input.resolvedAt, zone, ROW_TIME)}`
      : `⏰ No successful backup for ${hoursText(input.thresholdHours)}`,
    color: resolved ? 'Default' : 'Attention',
    organization: name,
    facts: [
      { title: 'Noticed', value: formatTime(input.openedAt, zone, ROW_TIME) },
      { title: 'Threshold', value: hoursText(input.thresholdHours) },
      ...(resolved ? [{ title: 'Resolved', value: formatTime(input.resolvedAt, zone, ROW_TIME) }] : []),
    ],
    about: `${displayText(input.about, 200)} · times in ${zone}`,
    actions: [
      executeAction(
        { verb: 'page', ...backups, query: { ...backups.query, statuses: resolved ? [JobStatus.finished] : [] } },
        'Show backups',
      ),
    ],
  };
}

/** Sent once per episode, and updated in place when the organisation's next backup succeeds. */
export const missedBackupCard = (input: MissedBackupInput): AdaptiveCardJson => missed.expand(missedBackupData(input));
