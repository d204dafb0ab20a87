import { DAY_MS } from '../jobs/time';

/**
 * Wall-clock times as plain numbers: the epoch milliseconds of the same calendar fields read as
 * UTC. Calendar arithmetic on them (midnight, Monday, the first of a month) is then exact and cheap,
 * and one conversion at the end (clock.ts) turns a wall time into an instant of the user's zone.
 */
export type Wall = number;

export { DAY_MS, HOUR_MS, MINUTE_MS } from '../jobs/time';

export const dayStart = (wall: Wall): Wall => Math.floor(wall / DAY_MS) * DAY_MS;

/** Monday 1 … Sunday 7. */
export function isoWeekday(wall: Wall): number {
  const day = new Date(wall).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Weeks start on Monday (COMMANDS.md). */
export const weekStart = (wall: Wall): Wall => dayStart(wall) - (isoWeekday(wall) - 1) * DAY_MS;

export function monthStart(wall: Wall): Wall {
  const date = new Date(wall);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** The first day of the calendar quarter (January, April, July, October) holding a wall time. */
export function quarterStart(wall: Wall): Wall {
  const date = new Date(wall);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - (date.getUTCMonth() % 3), 1);
}

export const yearStart = (wall: Wall): Wall => Date.UTC(new Date(wall).getUTCFullYear(), 0, 1);

export const yearOf = (wall: Wall): number => new Date(wall).getUTCFullYear();
export const monthOf = (wall: Wall): number => new Date(wall).getUTCMonth() + 1;

/** The midnight of a calendar date, or undefined when it does not exist (31 April). Years before 1000 are refused (Date.UTC reads 99 as 1999). */
export function wallDate(year: number, month: number, day: number): Wall | undefined {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  const wall = Date.UTC(year, month - 1, day);
  return new Date(wall).getUTCDate() === day ? wall : undefined;
}

/** `n` calendar months later (or earlier), the day kept within the month: 31 March − 1 month is 28 February. */
export function addMonths(wall: Wall, n: number): Wall {
  const date = new Date(wall);
  const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n, 1);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n + 1, 0)).getUTCDate();
  return first + (Math.min(date.getUTCDate(), lastDay) - 1) * DAY_MS + (wall - dayStart(wall));
}
