import { DateTime } from 'luxon';
import type { Clock, Wall } from './clock';
import { MONTHS, WEEKDAYS } from './keywords';
import { MONTH_NAMES } from './reading';
import type { Token } from './types';

/** A calendar day read from the sentence, as its local midnight (a wall time), and the index after it. */
export interface DayMatch {
  day: Wall;
  next: number;
  /** How a date that reads both ways was read, for the reading. */
  ambiguous?: Ambiguous;
}

/** "2/12" read as 2 December because the day comes first in Europe/Berlin. */
export interface Ambiguous {
  text: string;
  day: Wall;
  why: string;
}

const dayName = (day: Wall): string => `${day.day} ${MONTH_NAMES[day.month - 1]}`;

/** "2/12 read as 2 Dec (day first, Europe/Berlin)", "2/12 read as 2 Dec, 5/12 as 5 Dec (…)". */
export function noteOf(dates: readonly Ambiguous[]): string | undefined {
  const [first, ...rest] = dates;
  if (!first) return undefined;
  const more = rest.map((date) => `, ${date.text} as ${dayName(date.day)}`).join('');
  return `${first.text} read as ${dayName(first.day)}${more} (${first.why})`;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/;
/** "11.12." and "11.12.2026" are written day first wherever dots are used (de-DE, fr-CH, ru-RU…). */
const DOT_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$/;
const DAY_OF_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;
const YEAR = /^\d{4}$/;
const DAY_SPAN = /^(\d{1,2})-(\d{1,2})$/;

/** The midnight of a calendar date, or undefined when it does not exist (31 April). Years before 1000 are refused ("99" is no year). */
export function calendarDate(year: number, month: number, day: number): Wall | undefined {
  const date = DateTime.utc(year, month, day);
  return year >= 1000 && date.isValid ? date : undefined;
}

/**
 * Local midnight of a date, or undefined if it does not exist. Without a year, the most
 * recent such date: jobs are in the past, so "Dec 5" read on 25 Nov means last December.
 */
function dayOf(clock: Clock, month: number, day: number, year?: number): Wall | undefined {
  const date = calendarDate(year ?? clock.today.year, month, day);
  if (date === undefined || year !== undefined || date <= clock.today) return date;
  return calendarDate(clock.today.year - 1, month, day);
}

function fullYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** The most recent such weekday, today included; "last <weekday>" excludes today. */
function weekday(clock: Clock, day: number, excludeToday: boolean): Wall {
  let back = (clock.today.weekday - day + 7) % 7;
  if (back === 0 && excludeToday) back = 7;
  return clock.today.minus({ days: back });
}

/** "next <weekday>": the coming one, never today. */
function nextWeekday(clock: Clock, day: number): Wall {
  const ahead = (day - clock.today.weekday + 7) % 7 || 7;
  return clock.today.plus({ days: ahead });
}

/** Day and month can swap places: both are months (1–12; "0/1" is no date either way), and different. */
const readsBothWays = (a: number, b: number): boolean => a !== b && a >= 1 && b >= 1 && a <= 12 && b <= 12;

function slashDate(clock: Clock, text: string, next: number): DayMatch | undefined {
  const m = SLASH_DATE.exec(text);
  if (!m) return undefined;
  const [a, b, year] = [Number(m[1]), Number(m[2]), fullYear(m[3])];
  if (!readsBothWays(a, b)) {
    // An impossible reading (13/11 in the US) is a date written the other way round.
    const day = dayOf(clock, a, b, year) ?? dayOf(clock, b, a, year);
    return day === undefined ? undefined : { day, next };
  }
  const order = clock.dateOrder();
  const day = (order.dayFirst ? dayOf(clock, b, a, year) : dayOf(clock, a, b, year)) as Wall;
  return { day, next, ambiguous: { text, day, why: `${order.dayFirst ? 'day' : 'month'} first, ${order.by}` } };
}

/** A date written in digits: 2026-11-20, 11/20, 20.11.2026. */
function numericDate(clock: Clock, word: string, next: number): DayMatch | undefined {
  const iso = ISO_DATE.exec(word);
  if (iso) {
    const day = dayOf(clock, Number(iso[2]), Number(iso[3]), Number(iso[1]));
    return day === undefined ? undefined : { day, next };
  }
  const dotted = DOT_DATE.exec(word);
  if (!dotted) return slashDate(clock, word, next);
  const [a, b] = [Number(dotted[1]), Number(dotted[2])];
  const day = dayOf(clock, b, a, fullYear(dotted[3]));
  if (day === undefined) return undefined;
  return readsBothWays(a, b) ? { day, next, ambiguous: { text: word, day, why: 'day first, dotted' } } : { day, next };
}

/**
 * "the 15th", "the 3rd": this month's, or last month's while that day is still ahead (the most
 * recent month that has it: "the 31st" in November is 31 October).
 */
function dayOfMonth(tokens: readonly Token[], i: number, clock: Clock): DayMatch | undefined {
  const j = tokens[i]?.word === 'the' ? i + 1 : i;
  const m = ORDINAL_DAY.exec(tokens[j]?.word ?? '');
  const n = m ? Number(m[1]) : 0;
  if (n < 1 || n > 31) return undefined;
  for (let month = clock.today.startOf('month'), k = 0; k < 3; k++, month = month.minus({ months: 1 })) {
    const day = n <= (month.daysInMonth as number) ? month.set({ day: n }) : undefined;
    if (day && day <= clock.today) return { day, next: j + 1 };
  }
  return undefined;
}

/**
 * Reads one day at tokens[i]: today, earlier today, yesterday, the day before yesterday, tomorrow,
 * (last/next) weekday, 2026-11-20, 11/20, 20.11., Nov 20 (2026), 20 November, the 20th of November;
 * `ordinals` also "(the) 20th" alone (after "since", "on"…: elsewhere "the 2nd job" is no day).
 */
export function readDay(tokens: readonly Token[], i: number, clock: Clock, ordinals = false): DayMatch | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const word = token.word;
  if (word === 'today') return { day: clock.today, next: i + 1 };
  // "earlier today" is today so far, which is what "today" reads as.
  if (word === 'earlier' && tokens[i + 1]?.word === 'today') return { day: clock.today, next: i + 2 };
  if (word === 'yesterday') return { day: clock.today.minus({ days: 1 }), next: i + 1 };
  if (word === 'day' && tokens[i + 1]?.word === 'before' && tokens[i + 2]?.word === 'yesterday') {
    return { day: clock.today.minus({ days: 2 }), next: i + 3 };
  }
  if (word === 'tomorrow') return { day: clock.today.plus({ days: 1 }), next: i + 1 };
  const isoWeekdayNamed = WEEKDAYS.get(word);
  if (isoWeekdayNamed !== undefined) return { day: weekday(clock, isoWeekdayNamed, false), next: i + 1 };
  if (word === 'last' || word === 'next') {
    const named = WEEKDAYS.get(tokens[i + 1]?.word ?? '');
    if (named === undefined) return undefined;
    return { day: word === 'last' ? weekday(clock, named, true) : nextWeekday(clock, named), next: i + 2 };
  }
  const first = word.charCodeAt(0);
  // Only a word starting with a digit can be a numeric date: spares the regular expressions.
  if (first >= 48 && first <= 57) {
    const day = numericDate(clock, word, i + 1);
    if (day !== undefined) return day;
  }
  return monthAndDay(tokens, i, clock) ?? (ordinals ? dayOfMonth(tokens, i, clock) : undefined);
}

/** "Nov 20-22", "20-22 November 2026": two days of one month, the tokenizer keeps "20-22" whole. */
export function readDaySpan(tokens: readonly Token[], i: number, clock: Clock): { from: Wall; to: Wall; next: number } | undefined {
  const first = tokens[i]?.word ?? '';
  const second = tokens[i + 1]?.word ?? '';
  const month = MONTHS.get(first) ?? MONTHS.get(second);
  if (month === undefined) return undefined;
  const span = DAY_SPAN.exec(MONTHS.has(first) ? second : first);
  if (!span) return undefined;
  const yearText = tokens[i + 2]?.word;
  const year = yearText !== undefined && YEAR.test(yearText) ? Number(yearText) : undefined;
  const from = dayOf(clock, month, Number(span[1]), year);
  const to = dayOf(clock, month, Number(span[2]), year);
  return from !== undefined && to !== undefined ? { from, to, next: year === undefined ? i + 2 : i + 3 } : undefined;
}

/** "Nov 20", "November 20th 2026", "20 November", "20 Nov 2026", "(the) 20th of November". */
function monthAndDay(tokens: readonly Token[], i: number, clock: Clock): DayMatch | undefined {
  const at = tokens[i]?.word === 'the' ? i + 1 : i;
  const first = tokens[at]?.word ?? '';
  const of = tokens[at + 1]?.word === 'of' ? 1 : 0;
  const second = tokens[at + 1 + of]?.word ?? '';
  let month = of === 1 ? undefined : MONTHS.get(first);
  let dayText = month === undefined ? undefined : DAY_OF_MONTH.exec(second)?.[1];
  if (month === undefined || dayText === undefined) {
    month = MONTHS.get(second);
    dayText = month === undefined ? undefined : DAY_OF_MONTH.exec(first)?.[1];
  }
  if (month === undefined || dayText === undefined || (at > i && of === 0 && !ORDINAL_DAY.test(first))) return undefined;
  const end = at + 2 + of;
  const yearText = tokens[end]?.word;
  const year = yearText !== undefined && YEAR.test(yearText) ? Number(yearText) : undefined;
  const day = dayOf(clock, month, Number(dayText), year);
  return day === undefined ? undefined : { day, next: year === undefined ? end : end + 1 };
}
