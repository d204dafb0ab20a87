import type { Logger } from '../shared/Logger';
import type { SubscriberZones } from './ports';
import type { Subscription } from './Subscription';
import { errorLine } from '../shared/errorLine';

/**
 * Each subscription in its subscriber's zone at delivery: a zone the user set after subscribing
 * ("my time zone is Europe/Berlin") wins over the one the subscription kept (often UTC, from a
 * client that sent none), for card times and the digest's local time. One read per subscriber per
 * run; a failed read keeps the subscription's own zone.
 */
export async function withSubscriberZones(
  subscriptions: Subscription[],
  zones: SubscriberZones | undefined,
  logger: Logger,
): Promise<Subscription[]> {
  if (!zones) return subscriptions;
  const ids = [...new Set(subscriptions.flatMap((s) => (s.subscriberId ? [s.subscriberId] : [])))];
  const found = new Map<string, string | undefined>();
  await Promise.all(
    ids.map(async (id) => {
      try {
        found.set(id, await zones.timeZoneOf(id));
      } catch (error) {
        logger.warn("A subscriber's zone could not be read; the subscription's own zone is used", {
          error: errorLine(error),
        });
      }
    }),
  );
  return subscriptions.map((s) => {
    const zone = s.subscriberId ? found.get(s.subscriberId) : undefined;
    if (!zone || zone === s.timeZone) return s;
    return { ...s, timeZone: zone, ...(s.digest && { digest: { ...s.digest, timeZone: zone } }) };
  });
}
