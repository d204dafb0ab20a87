import { imBackSchema, sentenceData } from './actions';

/**
 * The same JSON (a card, or an outcome holding cards) with every imBack button (an Action.Submit
 * whose data is `{ msteams: { type: 'imBack' } }`, wherever it sits: card actions, a selectAction,
 * a fallback) turned into a plain Submit of its sentence.
 *
 * For Microsoft 365 Agents Playground, which cannot send imBack: its renderer serialises a Submit's
 * data back into the frozen card payload and throws "Cannot add property msTeams, object is not
 * extensible" on any data carrying `msteams`, so the click sends nothing (seen with 0.2.28).
 */
export function withoutImBack<Json>(json: Json): Json {
  return rewrite(json) as Json;
}

function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (typeof node !== 'object' || node === null) return node;
  const record = node as Record<string, unknown>;
  const imBack = record.type === 'Action.Submit' ? imBackSchema.safeParse(record.data) : undefined;
  if (imBack?.success) return { ...record, data: sentenceData(imBack.data.msteams.value) };
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, rewrite(value)]));
}
