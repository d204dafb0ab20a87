/** Cells a spreadsheet would run as a formula (OWASP "CSV injection"): =, +, -, @, and a leading tab or CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** RFC 4180: a cell with a quote, comma or line break is quoted, its quotes doubled. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell: empty for null, numbers as written, text guarded against formulas and quoted when needed. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- cells are primitives; anything else is written as String() writes it.
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 writes them. */
export const csvRow = (values: readonly unknown[]): string => `${values.map(csvCell).join(',')}\r\n`;
