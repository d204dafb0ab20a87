/** Month names and abbreviations → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may', 'may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** Weekday names and abbreviations → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  [
    ['monday', 'mon', 'mondays'],
    ['tuesday', 'tue', 'tues', 'tuesdays'],
    ['wednesday', 'wed', 'wednesdays'],
    ['thursday', 'thu', 'thur', 'thurs', 'thursdays'],
    ['friday', 'fri', 'fridays'],
    ['saturday', 'sat', 'saturdays'],
    ['sunday', 'sun', 'sundays'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

export type Unit = 'minutes' | 'hours' | 'days' | 'weeks' | 'fortnights' | 'months' | 'quarters' | 'years';

/** Duration words (and the suffixes of "24h", "7d", "45m") → unit. */
export const UNITS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ['m', 'minutes'],
  ['min', 'minutes'],
  ['mins', 'minutes'],
  ['minute', 'minutes'],
  ['minutes', 'minutes'],
  ['fortnight', 'fortnights'],
  ['fortnights', 'fortnights'],
  ['h', 'hours'],
  ['hr', 'hours'],
  ['hrs', 'hours'],
  ['hour', 'hours'],
  ['hours', 'hours'],
  ['d', 'days'],
  ['day', 'days'],
  ['days', 'days'],
  ['w', 'weeks'],
  ['wk', 'weeks'],
  ['wks', 'weeks'],
  ['week', 'weeks'],
  ['weeks', 'weeks'],
  ['month', 'months'],
  ['months', 'months'],
  ['mo', 'months'],
  ['quarter', 'quarters'],
  ['quarters', 'quarters'],
  ['qtr', 'quarters'],
  ['y', 'years'],
  ['yr', 'years'],
  ['year', 'years'],
  ['years', 'years'],
]);

/** Words that start or join time expressions, handled by the time-range reader. */
export const TIME_WORDS: readonly string[] = [
  'today',
  'yesterday',
  'last',
  'past',
  'previous',
  'this',
  'since',
  'on',
  'between',
  'from',
  'to',
  'and',
  'until',
  'till',
  'through',
  'thru',
  'ago',
  'after',
  'before',
  'next',
  'tomorrow',
  'tonight',
  'overnight',
  'night',
  'morning',
  'afternoon',
  'evening',
  'weekend',
  'weekends',
  'noon',
  'midday',
  'midnight',
  'am',
  'pm',
  'at',
  'during',
  'current',
  'q1',
  'q2',
  'q3',
  'q4',
];

/** Number words people write for counts and durations ("three days", "top twenty"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...[
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ].map((word, i) => [word, i + 1] as const),
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['ninety', 90],
  ['hundred', 100],
  ['dozen', 12],
]);

/** Words before a page size: "top 5", "first 20", "limit 20", "show 15", "last 5". */
export const PAGE_SIZE_WORDS: ReadonlySet<string> = new Set(['top', 'first', 'limit', 'show', 'latest', 'last', 'newest', 'recent']);

/** Words before a job id: "job DCIB…", "details DCIB…". */
export const JOB_WORDS: ReadonlySet<string> = new Set(['job', 'details', 'detail', 'id']);

/** Words that introduce an organisation name. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(['for', 'in', 'org', 'organization', 'organisation', 'tenant']);
