import type { AlertSender } from '../alerts/ports';
import { sharedPromise } from '../shared/sharedPromise';
import type { BotDependencies } from './BotDependencies';

/** botbuilder is loaded on the first send, as the bot endpoint is (a run with nothing to send never loads it). */
export function createLazyAlertSender(deps: Pick<BotDependencies, 'settings'>): AlertSender {
  const sender = sharedPromise(async () => (await import('./createAlertSender')).createAlertSender(deps), 'failed');
  return {
    send: async (reference, card) => (await sender()).send(reference, card),
    update: async (reference, activityId, card) => (await sender()).update(reference, activityId, card),
  };
}
