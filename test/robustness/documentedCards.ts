import { errorData, type ErrorCardKind } from '../../cards/errorCard';
import { cardText, listedJobIds } from '../../fixtures/cardData';

const KINDS: ErrorCardKind[] = ['unavailable', 'timeout', 'badGateway'];

/** The title of the documented error card for one upstream failure kind. */
export const errorTitle = (kind: ErrorCardKind): string => errorData({ kind }).title;

/** Which documented answer a card is: a list of jobs, or the error card of one upstream kind. */
export function cardKind(card: unknown): 'list' | ErrorCardKind | 'other' {
  const text = cardText(card);
  const kind = KINDS.find((k) => text.includes(errorTitle(k)));
  if (kind) return kind;
  return listedJobIds(card).length > 0 ? 'list' : 'other';
}
