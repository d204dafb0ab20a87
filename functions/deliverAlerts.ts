import type { InvocationContext, Timer } from '@azure/functions';
import type { AlertRunReport } from '../alerts/deliverAlerts';

/** Timer: one alerts run (subscriptions → upstream → what is new → claim → send → record). */
export function deliverAlertsHandler(deps: { deliver: () => Promise<AlertRunReport> }) {
  return async (_timer: Timer, context: InvocationContext): Promise<void> => {
    const report = await deps.deliver();
    context.log('Alerts run', report);
  };
}
