import { jobTypeLabels, jobTypeName } from '../jobs/enums';
import type { SummaryQuery } from '../jobs/JobsSummary';
import type { QueryAsRead } from '../jobs/QueryAsRead';
import { DAY_MS } from '../jobs/time';
import type { Subscription } from './Subscription';

/**
 * Pure: the summary a digest subscription asks for at `now`: the last 24 hours up to the run (a
 * late run still covers the day before it), its filter's type and organisation, in the zone the
 * subscriber said it in. Statuses do not apply to a summary.
 */
export function digestRequest(
  subscription: Pick<Subscription, 'id' | 'filter' | 'digest' | 'timeZone'>,
  now: Date,
): QueryAsRead<SummaryQuery> {
  const { type, organizationId, organizationName } = subscription.filter;
  const typeName = jobTypeName(type);
  const what = typeName && typeName !== 'all' ? jobTypeLabels(typeName).plural : undefined;
  const who = organizationName ?? organizationId;
  return {
    query: {
      type,
      startTime: new Date(now.getTime() - DAY_MS).toISOString(),
      endTime: now.toISOString(),
      ...(organizationId !== undefined && { organizationId }),
    },
    reading: ['Daily summary', `alert #${subscription.id}`, what, who, 'last 24 hours'].filter(Boolean).join(' · '),
    timeZone: subscription.digest?.timeZone ?? subscription.timeZone,
  };
}
