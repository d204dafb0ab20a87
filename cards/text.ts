/**
 * Turns untrusted values into strings that are safe inside a TextBlock.
 * Job fields come from upstream JSON; a null inside an interpolated template
 * string makes adaptivecards-templating throw, and TextBlocks render markdown.
 */

const MARKDOWN = /[\\*_[\]`~<>]/g;
// A leading "-", "+", "#" or "1." would turn the text into a list or heading.
const LEADING_MARKER = /^[-+#]/;
const LEADING_NUMBER = /^(\d+)\./;

/** A trimmed one-line string, or `fallback` when the value is not a non-empty string. */
export function plainText(value: unknown, fallback = '—'): string {
  if (typeof value !== 'string') return fallback;
  // Control characters and newlines would break the one-line layout.
  const line = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return line === '' ? fallback : line;
}

/** Shortens to `max` characters (ellipsis included), on code points so emoji are not split. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Escapes markdown so user or upstream text shows literally in a TextBlock. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN, (c) => `\\${c}`).replace(LEADING_MARKER, '\\$&').replace(LEADING_NUMBER, '$1\\.');
}

/** plainText → truncate → escapeMarkdown: the one path for data shown in a card. */
export function safeText(value: unknown, max: number, fallback = '—'): string {
  return escapeMarkdown(truncate(plainText(value, fallback), max));
}
