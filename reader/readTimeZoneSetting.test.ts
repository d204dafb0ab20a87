import { readTimeZoneSetting } from './readTimeZoneSetting';

describe('a sentence that sets the time zone names the zone', () => {
  test.each([
    ['my time zone is Europe/Berlin', 'Europe/Berlin'],
    ['My timezone is europe/berlin.', 'Europe/Berlin'],
    ['my time-zone is UTC', 'UTC'],
    ['set my timezone to America/New_York', 'America/New_York'],
    ['set my time zone to Asia/Tokyo', 'Asia/Tokyo'],
    ['please set time zone Europe/London', 'Europe/London'],
    ['change my time zone to Australia/Sydney', 'Australia/Sydney'],
    ['use America/New_York', 'America/New_York'],
    ['use Asia/Kolkata time', 'Asia/Kolkata'],
    ['timezone: Europe/Amsterdam', 'Europe/Amsterdam'],
    ['my time zone is Berlin', 'Europe/Berlin'],
    ['set my time zone to new york', 'America/New_York'],
    ["I'm in the Europe/Paris time zone", 'Europe/Paris'],
  ])('%s → %s', (sentence, zone) => {
    expect(readTimeZoneSetting(sentence)).toEqual({ zone });
  });
});

describe('a zone it does not know is said back, never guessed', () => {
  test.each([
    ['my time zone is Mars/Olympus_Mons', 'Mars/Olympus_Mons'],
    ['set my timezone to CEST please', 'CEST please'],
    ['my time zone is Springfield', 'Springfield'],
  ])('%s → unknown %s', (sentence, unknownZone) => {
    expect(readTimeZoneSetting(sentence)).toEqual({ unknownZone });
  });
});

describe('other sentences are not about the zone', () => {
  test.each([
    'failed jobs today',
    'use contoso',
    'what is my time zone',
    'jobs in Europe/Berlin time yesterday',
    'notify me about failed backups',
    'my time zone',
    '',
  ])('%s', (sentence) => {
    expect(readTimeZoneSetting(sentence)).toBeUndefined();
  });
});
