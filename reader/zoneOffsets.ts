import { IANAZone } from 'luxon';
import { DAY_MS, MINUTE_MS } from '../jobs/time';

/** What a sentence reaches from now: "last year" said on 31 December goes back two years less a day. */
const NEEDED_BACK_MS = 800 * DAY_MS;
const NEEDED_AHEAD_MS = 100 * DAY_MS;
/** A table built for one "now" serves every "now" within a year of it: one build (~0.5 ms) per zone and year. */
const REUSE_MS = 365 * DAY_MS;
const BACK_MS = NEEDED_BACK_MS + REUSE_MS;
const AHEAD_MS = NEEDED_AHEAD_MS + REUSE_MS;
/**
 * Probe spacing. Two changes closer than this that cancel out would be missed; none has happened
 * since tzdata began recording quarter-hour rules (Morocco's Ramadan pause is about 30 days).
 */
const PROBE_MS = 7 * DAY_MS;

/** Offsets of one zone over a window: `offsets[k]` holds from `starts[k]` (inclusive) until `starts[k + 1]`. */
interface OffsetTable {
  builtFor: number;
  from: number;
  to: number;
  starts: number[];
  offsets: number[];
}

/** One offset as Intl computes it (luxon keeps one formatter per zone name): about 1.5 µs. */
const intlOffset = (zone: IANAZone, ms: number): number => zone.offset(ms);

/** The first minute at which the offset differs from the one at `lo`, knowing it does by `hi`. */
function firstChange(zone: IANAZone, lo: number, hi: number, before: number): number {
  let [a, b] = [lo, hi];
  while (b - a > MINUTE_MS) {
    const mid = a + Math.floor((b - a) / 2 / MINUTE_MS) * MINUTE_MS;
    if (intlOffset(zone, mid) === before) a = mid;
    else b = mid;
  }
  return b;
}

function buildTable(zone: IANAZone, now: number): OffsetTable {
  const from = now - BACK_MS;
  const to = now + AHEAD_MS;
  const starts = [from];
  const offsets = [intlOffset(zone, from)];
  for (let probe = from + PROBE_MS; ; probe = Math.min(probe + PROBE_MS, to)) {
    let current = offsets[offsets.length - 1] as number;
    let lo = probe - PROBE_MS;
    // Several changes may sit between two probes (a change and its partial return); find each.
    while (intlOffset(zone, probe) !== current) {
      const change = firstChange(zone, lo, probe, current);
      current = intlOffset(zone, change);
      starts.push(change);
      offsets.push(current);
      lo = change;
    }
    if (probe >= to) break;
  }
  return { builtFor: now, from, to, starts, offsets };
}

/**
 * Offset tables by zone name. NOTE: the one process-wide cache of the understanding, on purpose:
 * zone offsets were ~40% of its time. It is bounded by a fixed set: only Intl's canonical zone names
 * reach it (see jobs/timeZone.ts), one table each (a few hundred numbers), replaced when "now" moves on.
 */
const TABLES = new Map<string, OffsetTable>();

/** A function giving the zone's UTC offset in minutes at an instant, exact over the years sentences reach. */
export function offsetsOf(zoneName: string, now: number): (ms: number) => number {
  const zone = IANAZone.create(zoneName);
  let table = TABLES.get(zoneName);
  if (!table || Math.abs(now - table.builtFor) > REUSE_MS) {
    table = buildTable(zone, now);
    TABLES.set(zoneName, table);
  }
  const { from, to, starts, offsets } = table;
  return (ms) => {
    if (ms < from || ms > to) return intlOffset(zone, ms);
    let k = starts.length - 1;
    while ((starts[k] as number) > ms) k--;
    return offsets[k] as number;
  };
}
