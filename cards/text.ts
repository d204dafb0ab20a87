/**
 * Turns untrusted values into one-line strings for a card. A null inside an interpolated
 * template string makes adaptivecards-templating throw, and long names would crowd the card.
 *
 * Markdown is not escaped: text we did not write goes into TextRuns (RichTextBlock), which
 * Teams never reads as markdown. Backslash escapes in TextBlocks show literally on Teams
 * mobile (MicrosoftDocs/msteams-docs#5793), so "Contoso\_EU" would be worse than no escaping.
 */

/** A trimmed one-line string, or `fallback` when the value is not a non-empty string. */
export function plainText(value: unknown, fallback = '—'): string {
  if (typeof value !== 'string') return fallback;
  // Control characters and newlines would break the one-line layout.
  const line = value
    // eslint-disable-next-line no-control-regex -- control characters are what this removes.
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line === '' ? fallback : line;
}

const ELLIPSIS = '…';

/** Shortens to `max` characters (ellipsis included), on code points so emoji are not split. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}${ELLIPSIS}`;
}

/** plainText then truncate: the one path for data shown in a card. */
export function displayText(value: unknown, max: number, fallback = '—'): string {
  return truncate(plainText(value, fallback), max);
}

/**
 * Shortens to at most `maxBytes` of UTF-8 (ellipsis included), on code points. For text repeated
 * on every list row: a cap in characters would let a name in a non-Latin script take three times the bytes.
 */
export function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let kept = '';
  let bytes = Buffer.byteLength(ELLIPSIS, 'utf8');
  for (const char of text) {
    bytes += Buffer.byteLength(char, 'utf8');
    if (bytes > maxBytes) break;
    kept += char;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}
