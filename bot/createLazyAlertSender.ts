import type { AlertSender } from '../alerts/ports';
import type { AlertSenderDeps } from './createAlertSender';

/** botbuilder is loaded on the first send, as the bot endpoint is (a run with nothing to send never loads it). */
export function createLazyAlertSender(deps: AlertSenderDeps): AlertSender {
  let building: Promise<AlertSender> | undefined;
  const sender = () =>
    (building ??= import('./createAlertSender')
      .then((m) => m.createAlertSender(deps))
      .catch((error: unknown) => {
        building = undefined;
        throw error;
      }));
  return {
    send: async (reference, card) => (await sender()).send(reference, card),
    update: async (reference, activityId, card) => (await sender()).update(reference, activityId, card),
  };
}
