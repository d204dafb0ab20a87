import { deliverAlerts, type AlertRunDeps, type AlertRunReport } from '../alerts/deliverAlerts';
import { digestRequest } from '../alerts/digestRequest';
import type { Subscription } from '../alerts/Subscription';
import { summaryReply } from '../cards';
import type { SummaryService } from '../jobs/createSummaryService';

/**
 * One deliverAlerts run with the digest card wired in. Its own module so that compose.ts imports it
 * on the timer's first run: the run renders cards, and adaptivecards-templating is a large share of
 * the cold start that a facade request must not pay (docs/PERFORMANCE.md).
 */
export function runAlerts(deps: Omit<AlertRunDeps, 'digestCard'> & { summaries: SummaryService }): Promise<AlertRunReport> {
  const { summaries, ...run } = deps;
  // The digest is the summary card the bot answers "how are my backups?" with, for the subscription's last 24 hours.
  const digestCard = (subscription: Subscription, at: Date) => summaryReply({ summaries, now: () => at }, digestRequest(subscription, at));
  return deliverAlerts({ ...run, digestCard });
}
