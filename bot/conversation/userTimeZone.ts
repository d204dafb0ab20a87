import { readTimeZoneSetting, type TimeZoneSetting } from '../../reader/readTimeZoneSetting';
import type { UserTimeZone } from '../UserTimeZoneStore';
import type { Incoming } from './Incoming';
import { text } from './Reply';
import type { Outcome, Reply } from './Reply';
import type { BotDependencies } from '../BotDependencies';
import { errorLine } from '../../shared/errorLine';

type Zoned = Extract<Incoming, { timeZone: string }>;
type MessageTurn = Extract<Incoming, { kind: 'message' }>;

const hasZone = (incoming: Incoming): incoming is Zoned => 'timeZone' in incoming;

/** Said once per user whose client sends no zone and who has set none. */
export const ZONE_OFFER =
  'Times are in UTC because your Teams client sent no time zone. Say “my time zone is Europe/Berlin” (any IANA zone or city) and I will use yours.';

/** A storage failure never costs an answer: the turn goes on in UTC (or without the offer), and the log says so. */
async function quietly<T>(deps: BotDependencies, what: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    deps.logger.warn('User time zone not available', { what, error: errorLine(error) });
    return undefined;
  }
}

/**
 * The turn's zone: the client's `localTimezone`, else the zone the user set, else UTC (a fallback).
 * Also returns what is stored, so that the offer is made once.
 */
export async function withUserZone(incoming: Incoming, deps: BotDependencies): Promise<{ incoming: Incoming; stored?: UserTimeZone }> {
  const { userZones } = deps;
  if (!hasZone(incoming) || !incoming.timeZoneIsFallback || !incoming.userId) return { incoming };
  const userId = incoming.userId;
  // Nothing stored reads as {}; a failed read as undefined (then nothing is offered either).
  const stored = await quietly(deps, 'read', async () => (await userZones.get(userId)) ?? {});
  if (!stored?.timeZone) return { incoming, stored };
  return { incoming: { ...incoming, timeZone: stored.timeZone, timeZoneIsFallback: false }, stored };
}

/** "my time zone is Europe/Berlin": kept for the user (every conversation), or the name said back when it is no zone. */
export async function respondToTimeZoneSetting(setting: TimeZoneSetting, turn: MessageTurn, deps: BotDependencies): Promise<Outcome> {
  if ('unknownZone' in setting) {
    return {
      replies: [text(`I do not know the time zone “${setting.unknownZone}”. Use an IANA name such as Europe/Berlin or America/New_York.`)],
    };
  }
  const { userZones } = deps;
  if (!turn.userId) return { replies: [text('I cannot tell who you are in this chat, so I cannot keep a time zone for you.')] };
  const userId = turn.userId;
  const saved = await quietly(deps, 'write', () => userZones.setTimeZone(userId, setting.zone).then(() => true));
  if (!saved) return { replies: [text('I could not save your time zone just now. Try again in a moment.')] };
  const client = turn.timeZoneIsFallback ? '' : ` Your Teams client sends ${turn.timeZone}, which goes first when it is sent.`;
  return {
    replies: [
      text(`Your time zone is now ${setting.zone}: my cards, "today" and the alerts and digests you subscribe to use it.${client}`),
    ],
  };
}

/** The one-time offer to set a zone, when this turn fell back to UTC and the user was never offered; remembered once said. */
export async function zoneOffer(
  turn: Incoming,
  stored: UserTimeZone | undefined,
  deps: BotDependencies,
  now: Date,
): Promise<Reply | undefined> {
  const { userZones } = deps;
  if (!stored || stored.offeredAt || !hasZone(turn) || !turn.timeZoneIsFallback || !turn.userId) return undefined;
  // Not right after the user set (or mistyped) a zone: that reply already says what happened.
  if (turn.kind === 'message' && readTimeZoneSetting(turn.text)) return undefined;
  const userId = turn.userId;
  await quietly(deps, 'offer', () => userZones.markOffered(userId, now));
  return text(ZONE_OFFER);
}
