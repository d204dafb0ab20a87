import { luxonZoneName } from '../jobs/timeZone';

/** What a sentence setting the user's time zone comes to: a zone, or the words that name none. */
export type TimeZoneSetting = { zone: string } | { unknownZone: string };

const PLEASE = String.raw`(?:please\s+)?`;
const TIME_ZONE = String.raw`time[\s-]?zone`;
const NAME = String.raw`(.{1,60}?)`;
/** Phrasings that can only be about the zone: anything after them is the zone's name, known or not. */
const EXPLICIT = [
  new RegExp(String.raw`^${PLEASE}my\s+${TIME_ZONE}\s+is\s+${NAME}$`, 'i'),
  new RegExp(String.raw`^${PLEASE}(?:set|change|switch)\s+(?:my\s+|the\s+)?${TIME_ZONE}\s+(?:to\s+)?${NAME}$`, 'i'),
  new RegExp(String.raw`^${PLEASE}(?:use\s+)?${TIME_ZONE}\s*[:=]?\s+${NAME}$`, 'i'),
  new RegExp(String.raw`^${PLEASE}i(?:'m|\s+am)\s+in\s+(?:the\s+)?${NAME}\s+${TIME_ZONE}$`, 'i'),
];
/** "use America/New_York": only a name that is a zone (a bare "use …" may mean something else). */
const USE = new RegExp(String.raw`^${PLEASE}use\s+${NAME}(?:\s+time)?$`, 'i');

/** IANA zones by their last part ("berlin" → Europe/Berlin), for a city said without its region; ambiguous ones are left out. */
const BY_CITY: ReadonlyMap<string, string> = (() => {
  const cities = new Map<string, string | null>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').at(-1)!.toLowerCase();
    cities.set(city, cities.has(city) ? null : zone);
  }
  return new Map([...cities].filter((entry): entry is [string, string] => entry[1] !== null));
})();

/** The IANA zone a name means: "Europe/Berlin", "europe/berlin", "UTC", or a city ("Berlin", "New York"). */
function zoneNamed(name: string): string | undefined {
  const compact = name.trim().replace(/\s+/g, '_');
  return luxonZoneName(compact) ?? BY_CITY.get(compact.toLowerCase());
}

/**
 * Pure: whether a sentence sets the user's time zone ("my time zone is Europe/Berlin", "set my
 * timezone to America/New_York", "use Asia/Tokyo"), and to what. Undefined for any other sentence.
 */
export function readTimeZoneSetting(sentence: string): TimeZoneSetting | undefined {
  const text = sentence
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ');
  for (const pattern of EXPLICIT) {
    const name = pattern.exec(text)?.[1];
    if (name === undefined) continue;
    const zone = zoneNamed(name);
    return zone ? { zone } : { unknownZone: name.trim() };
  }
  const used = USE.exec(text)?.[1];
  const zone = used === undefined ? undefined : zoneNamed(used);
  return zone ? { zone } : undefined;
}
