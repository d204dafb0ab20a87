import { editDistance } from '../jobs/editDistance';
import { tokenize } from './tokenize';
import { correctTypo } from './vocabulary';

describe('editDistance counts edits, a swap of neighbours as one', () => {
  test.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['faild', 'failed', 1],
    ['backpus', 'backups', 1],
    ['kitten', 'sitting', 3],
    ['contoso', 'contosso', 1],
    ['abc', '', 3],
    ['ca', 'abc', 3],
  ] as const)('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  test('stops early beyond the limit, answering limit + 1', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('correctTypo repairs keywords of five letters or more, and nothing else', () => {
  test.each([
    ['faild', 'fails'],
    ['yesterdy', 'yesterday'],
    ['backpus', 'backups'],
    ['retension', 'retention'],
    ['novembr', 'november'],
    ['failed', 'failed'],
    ['fial', 'fial'],
    ['contoso', 'contoso'],
    ['dcib2022', 'dcib2022'],
  ])('%s → %s', (typed, corrected) => {
    expect(correctTypo(typed)).toBe(corrected);
  });
});

describe('tokenize keeps what means something whole and drops the rest', () => {
  test.each([
    ['<at>Jobs Bot</at> failed today', ['failed', 'today']],
    ['@JobsBot failed', ['failed']],
    ['failed, yesterday!', ['failed', 'yesterday']],
    ['didn’t succeed', ["didn't", 'succeed']],
    ['dry-run on 2026-11-20', ['dry-run', 'on', '2026-11-20']],
    ['11/20 – 11/22?', ['11/20', '–', '11/22', '?']],
    ['org 0F8FAD5B-D9CB-469F-A165-70867728950E', ['org', '0f8fad5b-d9cb-469f-a165-70867728950e']],
    ['Müller GmbH', ['müller', 'gmbh']],
  ])('%s', (sentence, lower) => {
    expect(tokenize(sentence).map((token) => token.lower)).toEqual(lower);
  });

  test('keeps the typed text for reporting and for job ids', () => {
    expect(tokenize('Faild DCIB2022081903124382222110')).toEqual([
      { text: 'Faild', lower: 'faild', word: 'fails' },
      { text: 'DCIB2022081903124382222110', lower: 'dcib2022081903124382222110', word: 'dcib2022081903124382222110' },
    ]);
  });
});
