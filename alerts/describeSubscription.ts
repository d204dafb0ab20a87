import { jobStatusLabels, jobStatusName, jobTypeLabels, jobTypeName } from '../jobs/enums';
import { describeSchedule } from './AlertsSettings';
import type { AlertsSettings } from './AlertsSettings';
import type { Subscription, SubscriptionFilter } from './Subscription';

const OUTCOME_WORDS = 'finished, failed or finished-with-exception';

/** "failed backup jobs of Contoso": the filter in the words a reading uses. */
export function describeFilter(filter: SubscriptionFilter): string {
  const statuses = filter.statuses.flatMap((s) => {
    const name = jobStatusName(s);
    return name ? [jobStatusLabels(name).reading] : [];
  });
  const typeName = jobTypeName(filter.type);
  const type = typeName ? jobTypeLabels(typeName).reading : '';
  const words = [statuses.length > 0 ? statuses.join(' or ') : OUTCOME_WORDS, type, 'jobs'].filter(Boolean).join(' ');
  return filter.organizationName || filter.organizationId ? `${words} of ${filter.organizationName ?? filter.organizationId}` : words;
}

type Described = Pick<Subscription, 'kind' | 'filter' | 'thresholdHours' | 'digest'>;

const organisation = (filter: SubscriptionFilter) => filter.organizationName ?? filter.organizationId ?? 'any organisation';

/** What will be sent, in one sentence. */
export function describeWhat(s: Described, settings: AlertsSettings): string {
  switch (s.kind) {
    case 'jobs':
      return `A card listing new ${describeFilter(s.filter)} (each job once, when it reaches that status)`;
    case 'missedBackup':
      return `A card when ${organisation(s.filter)} has had no successful backup for ${s.thresholdHours ?? settings.rpoHours} hours, once per episode, updated in place when the next backup succeeds`;
    case 'digest':
      return `The summary of the last 24 hours${s.filter.organizationId ? ` for ${organisation(s.filter)}` : ''}`;
  }
}

/** How often, as the schedule makes it. */
export function describeHowOften(s: Described, settings: AlertsSettings): string {
  if (s.kind === 'digest' && s.digest) return `Every day at ${s.digest.localTime} (${s.digest.timeZone}), once a day`;
  return `Checked ${describeSchedule(settings.schedule)}; at most one message per run here`;
}

/** The conversation, as the person in it calls it. */
export function describeWhere(conversationType: string | undefined): string {
  if (conversationType === 'channel') return 'This channel';
  if (conversationType === 'groupChat') return 'This group chat';
  return 'This chat';
}

/** One short line for lists: "#2 · failed backup jobs of Contoso". */
export function describeShort(s: Pick<Subscription, 'id'> & Described, settings: AlertsSettings): string {
  switch (s.kind) {
    case 'jobs':
      return `#${s.id} · new ${describeFilter(s.filter)}`;
    case 'missedBackup':
      return `#${s.id} · no successful backup of ${organisation(s.filter)} for ${s.thresholdHours ?? settings.rpoHours} h`;
    case 'digest':
      return `#${s.id} · daily summary at ${s.digest?.localTime ?? '?'}${s.filter.organizationId ? ` for ${organisation(s.filter)}` : ''}`;
  }
}
