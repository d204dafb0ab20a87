import { imBackAction } from './actions';
import type { ImBackAction } from './actions';

/** Sentences the bot understands, offered as buttons that post them as the user. */
export const EXAMPLES = [
  'show failed jobs today',
  'backups in progress',
  'restores with warnings last week',
  'top 5 failed backups since monday',
  'problems for contoso this month',
  'how are my backups?',
  'notify me about failed backups',
  'help',
] as const;

/** The three examples on the welcome card: one per common worry. */
export const WELCOME_EXAMPLES = [EXAMPLES[0], EXAMPLES[1], EXAMPLES[2]] as const;

/** Example buttons for `sentences`. */
export const exampleActions = (sentences: readonly string[]): ImBackAction[] => sentences.map((text) => imBackAction(text));
