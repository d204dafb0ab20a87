import { Template } from 'adaptivecards-templating';

/** An expanded Adaptive Card: plain JSON, ready for an attachment or an invoke response. */
export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: '1.5';
  body: unknown[];
  actions?: unknown[];
  [property: string]: unknown;
}

/** A template parsed once at module load; `expand` binds prepared, fully sanitised data. */
export interface CardTemplate<Data extends object> {
  expand(data: Data): AdaptiveCardJson;
}

function isCard(value: unknown): value is AdaptiveCardJson {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Record<string, unknown>;
  return card.type === 'AdaptiveCard' && card.version === '1.5' && Array.isArray(card.body);
}

/** Parses a template JSON file into a reusable, typed template. */
export function cardTemplate<Data extends object>(json: object): CardTemplate<Data> {
  const template = new Template(json);
  return {
    expand(data) {
      const card: unknown = template.expand({ $root: data });
      // A template edit that drops type, version or body would otherwise reach Teams as a blank message.
      if (!isCard(card)) throw new Error('Card template did not expand to an Adaptive Card 1.5');
      return card;
    },
  };
}

/** Size Teams counts against its ~28 KB message limit: UTF-8 bytes of the JSON. */
export function cardSizeBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
