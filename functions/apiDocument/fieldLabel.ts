const WORDS: Record<string, string> = { id: 'ID', rpo: 'RPO', ms: '(ms)' };

/** A field's name as a connector shows it (`x-ms-summary`): `rpoHours` → "RPO hours", `jobId` → "Job ID". */
export function fieldLabel(name: string): string {
  const words = name
    .split(/(?=[A-Z])/)
    .map((word) => word.toLowerCase())
    .map((word) => WORDS[word] ?? word);
  const [first = '', ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}
