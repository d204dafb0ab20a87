import { errorLine } from './errorLine';

describe('errorLine', () => {
  test("an Error's first line, without the rest of its message", () => {
    expect(errorLine(new Error('cannot load botbuilder\n    at import (node:internal)'))).toBe('cannot load botbuilder');
  });

  test('anything else thrown, as text, first line only', () => {
    expect(errorLine('refused\nsecond line')).toBe('refused');
    expect(errorLine(42)).toBe('42');
  });
});
