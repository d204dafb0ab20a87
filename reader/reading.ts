import { jobStatusLabels, jobStatusName, jobTypeLabels, jobTypeName } from '../jobs/enums';
import type { JobQuery } from '../jobs/model';
import { DEFAULT_PAGE_SIZE } from '../jobs/limits';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../jobs/time';
import type { Wall } from './clock';

// English names, as the rest of the reading is English whatever the locale.
const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function subject(query: JobQuery): string {
  const statusWords = (status: number) => {
    const name = jobStatusName(status);
    return name ? jobStatusLabels(name).reading : String(status);
  };
  const typeName = jobTypeName(query.type);
  const type = typeName ? jobTypeLabels(typeName).reading : `type ${query.type}`;
  const statuses = query.statuses.map(statusWords).join(' or ');
  const text = `${statuses || 'all'} ${type ? `${type} ` : ''}jobs`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** "Fri 20 Nov", with the year when it is not the current one. */
function day(wall: Wall, now: Wall): string {
  const text = `${WEEKDAY_NAMES[wall.weekday - 1]} ${wall.day} ${MONTH_NAMES[wall.month - 1]}`;
  return wall.year === now.year ? text : `${text} ${wall.year}`;
}

const moment = (wall: Wall, now: Wall): string => `${day(wall, now)} ${twoDigits(wall.hour)}:${twoDigits(wall.minute)}`;

const isMidnight = (wall: Wall): boolean => wall.hour === 0 && wall.minute === 0 && wall.second === 0 && wall.millisecond === 0;
const sameDay = (a: Wall, b: Wall): boolean => a.day === b.day && a.month === b.month && a.year === b.year;

/** The instants a reading names (epoch ms), and the user's wall-clock time at one of them. */
export interface ReadingMoments {
  now: number;
  start: number;
  end: number;
  /** Called only for the times a reading shows: a wall time costs a zone offset and a DateTime. */
  wallAt: (ms: number) => Wall;
}

/** Names a range the way a person would: "today 00:00–now", "yesterday", "last 7 days", "Mon 16 Nov – Sun 22 Nov". */
function period({ now, start, end, wallAt }: ReadingMoments): string {
  const from = wallAt(start);
  if (end === now) {
    const length = now - start;
    if (isMidnight(from) && sameDay(from, wallAt(now))) return 'today 00:00–now';
    if (isMidnight(from)) return `${moment(from, wallAt(now))}–now`;
    if (length % DAY_MS === 0) return length === DAY_MS ? 'last 24 hours' : `last ${length / DAY_MS} days`;
    if (length % HOUR_MS === 0) return `last ${length / HOUR_MS} hours`;
    if (length < HOUR_MS && length % MINUTE_MS === 0) return `last ${length / MINUTE_MS} minutes`;
    return `${moment(from, wallAt(now))}–now`;
  }
  const [to, nowWall] = [wallAt(end), wallAt(now)];
  if (isMidnight(from) && isMidnight(to)) {
    // Wall times know no DST: midnights a day apart are exactly DAY_MS apart.
    if (+to - +from === DAY_MS) return sameDay(to, nowWall) ? 'yesterday' : day(from, nowWall);
    return `${day(from, nowWall)} – ${day(to.minus({ days: 1 }), nowWall)}`;
  }
  return `${moment(from, nowWall)} – ${moment(to, nowWall)}`;
}

/**
 * One line saying what a query asks for, in the user's zone, e.g.
 * "Failed jobs · today 00:00–now (America/New_York)"; a named range keeps its name ("last night: …").
 */
export function describeMoments(query: JobQuery, zone: string, moments: ReadingMoments, organizationName?: string, label?: string): string {
  // A named range says where it starts ("this evening: Wed 25 Nov 18:00–now"), not how long it has run.
  const named =
    label !== undefined && moments.end === moments.now
      ? `${label}: ${moment(moments.wallAt(moments.start), moments.wallAt(moments.now))}–now`
      : `${label === undefined ? '' : `${label}: `}${period(moments)}`;
  const parts = [subject(query), `${named} (${zone})`];
  if (query.organizationId !== undefined) {
    parts.push(organizationName === undefined ? `org ${query.organizationId}` : `org ${organizationName}`);
  }
  if (query.pageSize !== DEFAULT_PAGE_SIZE) parts.push(`${query.pageSize} per page`);
  if (query.page > 1) parts.push(`page ${query.page}`);
  return parts.join(' · ');
}
