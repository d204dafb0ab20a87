import { imBackAction, type ImBackAction } from './actions';
import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { displayText } from './text';
import template from './templates/clarify.json';

/** Longest message and choice label shown: they quote the user's own words. */
const MESSAGE_MAX = 300;
const LABEL_MAX = 60;

const clarify = cardTemplate<{ message: string; reading: string; hasChoices: boolean; choices: ImBackAction[] }>(template);

export interface ClarifyInput {
  message: string;
  /** How the rest of the sentence was read. */
  reading: string;
  /** One-click sentences, each read in full by the bot. */
  choices: ReadonlyArray<{ label: string; sentence: string }>;
}

/** The question back for a sentence with words the bot cannot use: never a query that drops them. */
export function clarifyCard({ message, reading, choices }: ClarifyInput): AdaptiveCardJson {
  return clarify.expand({
    message: displayText(message, MESSAGE_MAX),
    reading: displayText(`Read so far: ${reading}`, MESSAGE_MAX),
    hasChoices: choices.length > 0,
    choices: choices.map((choice) => imBackAction(choice.sentence, displayText(choice.label, LABEL_MAX))),
  });
}
