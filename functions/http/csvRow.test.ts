import { csvCell, csvRow } from './csvRow';

describe('csvCell writes RFC 4180 cells that spreadsheets do not run', () => {
  it.each([
    ['plain text stays as it is', 'Adventure Works', 'Adventure Works'],
    ['a comma is quoted', 'Contoso, Ltd', '"Contoso, Ltd"'],
    ['quotes are doubled inside quotes', 'the "main" org', '"the ""main"" org"'],
    ['a line break is quoted', 'two\r\nlines', '"two\r\nlines"'],
    ['= starts a formula: prefixed with a quote', '=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+ is guarded', '+1', "'+1"],
    ['- is guarded', '-2+3', "'-2+3"],
    ['@ is guarded', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab is guarded', '\t=1', "'\t=1"],
    ['a formula character later is harmless', 'a=b', 'a=b'],
  ])('%s', (_rule, value, cell) => expect(csvCell(value)).toBe(cell));

  it('writes numbers as numbers, even negative ones (they are not text a spreadsheet evaluates)', () => {
    expect([csvCell(-1), csvCell(1.21), csvCell(4079453742)]).toEqual(['-1', '1.21', '4079453742']);
  });

  it('writes null and undefined as empty cells', () => {
    expect([csvCell(null), csvCell(undefined)]).toEqual(['', '']);
  });

  it('ends each record with CRLF', () => {
    expect(csvRow(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
  });
});
