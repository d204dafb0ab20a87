/** Every object inside a card JSON, depth first (the card included). */
export function objectsIn(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (typeof value !== 'object' || value === null) return [];
  const object = value as Record<string, unknown>;
  return [object, ...Object.values(object).flatMap(objectsIn)];
}

/** Every Action.Execute in a card, including row select actions. */
export const executeActions = (card: unknown) => objectsIn(card).filter((o) => o.type === 'Action.Execute');

/** The card's own actions (the button row at the bottom), not select actions. */
export const cardActions = (card: unknown): Record<string, unknown>[] =>
  Array.isArray((card as { actions?: unknown }).actions) ? (card as { actions: Record<string, unknown>[] }).actions : [];

/** Every Action.Submit that is not the fallback of an Execute. */
export const submitActions = (card: unknown) => {
  const fallbacks = new Set(executeActions(card).map((action) => action.fallback));
  return objectsIn(card).filter((o) => o.type === 'Action.Submit' && !fallbacks.has(o));
};

/** The texts of all TextBlocks and TextRuns, in order. */
export const textsIn = (card: unknown): string[] =>
  objectsIn(card).flatMap((o) => ((o.type === 'TextBlock' || o.type === 'TextRun') && typeof o.text === 'string' ? [o.text] : []));

/** Text we did not write must sit in TextRuns, which Teams never reads as markdown. */
export const textRunsIn = (card: unknown): string[] =>
  objectsIn(card).flatMap((o) => (o.type === 'TextRun' && typeof o.text === 'string' ? [o.text] : []));
