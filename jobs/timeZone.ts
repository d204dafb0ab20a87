/** What an IANA zone name can look like: "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+5". */
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]{1,30}(?:\/[A-Za-z0-9_+-]{1,30}){0,2}$/;

/**
 * Current IANA names that Node 20's ICU lists under an older spelling (Asia/Calcutta): Intl and
 * luxon accept both, and clients send the current one, so they belong to the fast path.
 */
const CURRENT_NAMES = [
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Ho_Chi_Minh',
  'Asia/Yangon',
  'America/Nuuk',
  'Europe/Kyiv',
  'Atlantic/Faroe',
  'Pacific/Kanton',
  'Pacific/Chuuk',
  'Pacific/Pohnpei',
  'America/Atikokan',
  'Africa/Asmara',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Argentina/Buenos_Aires',
  'America/Argentina/Catamarca',
  'America/Argentina/Cordoba',
  'America/Argentina/Jujuy',
  'America/Argentina/Mendoza',
  'Etc/UTC',
  'Etc/GMT',
  'GMT',
];

/** Zone names known to be valid, built once: the common case costs one set lookup. */
const LISTED_ZONES: ReadonlySet<string> = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', ...CURRENT_NAMES]);

/**
 * The name to give luxon for a zone the user sent, or undefined when it is not a zone. luxon
 * caches a zone object and a formatter per name and never forgets one, so only Intl's own
 * canonical spellings (a finite set) may reach it: other names Intl accepts ("europe/berlin",
 * old links) are resolved first, at the cost of one Intl.DateTimeFormat (~100 µs), and cached nowhere.
 */
export function luxonZoneName(timeZone: string): string | undefined {
  if (LISTED_ZONES.has(timeZone)) return timeZone;
  if (!ZONE_SHAPE.test(timeZone)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
