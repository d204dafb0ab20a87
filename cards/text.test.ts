import { displayText, plainText, truncate } from './text';

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

test('displayText trims, then cuts, and keeps markdown characters as they are', () => {
  expect(displayText('  **Contoso** Pharmaceuticals ', 14)).toBe('**Contoso** P…');
});
