import { digestIsDue } from './digestDue';
import type { Subscription } from './Subscription';

/** The due time of a digest subscription not yet sent (its watermark is the last one sent, or its creation). */
export const digestDue = (subscription: Subscription, now: Date): Date | undefined =>
  subscription.digest ? digestIsDue(subscription.digest.localTime, subscription.digest.timeZone, subscription.watermark, now) : undefined;
