import { displayText, plainText, truncate, truncateBytes } from './text';

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

describe('truncateBytes', () => {
  test.each([
    ['short text is left alone', 'Contoso', 7, 'Contoso'],
    ['Latin text is cut to the byte budget, ellipsis (3 bytes) included', 'Contoso Ltd', 8, 'Conto…'],
    ['CJK characters count three bytes each', '株式会社コントソ', 12, '株式会…'],
    ['an emoji is never split', 'ab😀😀😀', 8, 'ab…'],
  ])('%s', (_, text, max, expected) => {
    const cut = truncateBytes(text, max);
    expect(cut).toBe(expected);
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(max);
  });
});

test('displayText trims, then cuts, and keeps markdown characters as they are', () => {
  expect(displayText('  **Contoso** Pharmaceuticals ', 14)).toBe('**Contoso** P…');
});
