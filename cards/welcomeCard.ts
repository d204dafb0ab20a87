import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { WELCOME_EXAMPLES, exampleActions } from './examples';
import type { ImBackAction } from './actions';
import template from './templates/welcome.json';

const welcome = cardTemplate<{ examples: ImBackAction[] }>(template);

/** The greeting sent when the bot is installed: what it does and three examples to tap. */
export const welcomeCard = (): AdaptiveCardJson => welcome.expand({ examples: exampleActions(WELCOME_EXAMPLES) });
