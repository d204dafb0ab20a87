import { escapeMarkdown, plainText, safeText, truncate } from './text';

describe('plainText', () => {
  test.each([
    [null, '—'],
    [undefined, '—'],
    [42, '—'],
    ['   ', '—'],
    ['  Contoso \n Ltd\t', 'Contoso Ltd'],
    ['a\u0000b\u0007c', 'a b c'],
  ])('%p becomes %p', (value, expected) => {
    expect(plainText(value)).toBe(expected);
  });
});

describe('truncate', () => {
  test('leaves short text alone', () => expect(truncate('Contoso', 7)).toBe('Contoso'));
  test('cuts to the limit, ellipsis included', () => expect(truncate('Contoso Ltd', 8)).toBe('Contoso…'));
  test('never splits an emoji', () => expect(truncate('ab😀😀😀', 4)).toBe('ab😀…'));
});

describe('escapeMarkdown', () => {
  test.each([
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['[link](https://x)', '\\[link\\](https://x)'],
    ['a\\b', 'a\\\\b'],
    ['<at>x</at>', '\\<at\\>x\\</at\\>'],
    ['- not a list', '\\- not a list'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['Contoso 1.5', 'Contoso 1.5'],
  ])('%p shows literally as %p', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

test('safeText trims, cuts, then escapes', () => {
  expect(safeText('  **Contoso** Pharmaceuticals ', 14)).toBe('\\*\\*Contoso\\*\\* P…');
});
