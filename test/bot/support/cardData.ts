/** Every object in a card (depth first), to find actions wherever the template nests them. */
export function* walk(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) for (const item of node) yield* walk(item);
  else if (typeof node === 'object' && node !== null) {
    yield node as Record<string, unknown>;
    for (const value of Object.values(node)) yield* walk(value);
  }
}

export interface ExecuteActionJson {
  type: 'Action.Execute';
  title?: string;
  verb: string;
  data: Record<string, unknown> & { verb: string };
}

/** The Action.Execute actions of a card, in document order. */
export const executeActions = (card: unknown): ExecuteActionJson[] =>
  [...walk(card)].filter((node): node is Record<string, unknown> & ExecuteActionJson => node.type === 'Action.Execute');

/** Job ids a list card offers to open, in row order. */
export const listedJobIds = (card: unknown): string[] =>
  executeActions(card)
    .filter((a) => a.verb === 'detail')
    .map((a) => String(a.data.jobId));

/** All visible text of a card (text blocks, text runs, fact values), one per line, for "mentions X" assertions. */
export const cardText = (card: unknown): string =>
  [...walk(card)]
    .flatMap((node) => [node.text, typeof node.title === 'string' ? node.value : undefined])
    .filter((text): text is string => typeof text === 'string')
    .join('\n');
