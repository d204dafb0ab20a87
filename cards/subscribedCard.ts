import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { displayText } from './text';
import template from './templates/subscribed.json';

export interface SubscribedInput {
  /** e.g. "Subscribed: alert #3". */
  title: string;
  /** What will be sent, where and how often. */
  what: string;
  where: string;
  howOften: string;
  hint: string;
}

interface SubscribedData {
  title: string;
  facts: { title: string; value: string }[];
  hint: string;
}

const subscribed = cardTemplate<SubscribedData>(template);

export const subscribedData = (input: SubscribedInput): SubscribedData => ({
  title: displayText(input.title, 120),
  facts: [
    { title: 'What', value: displayText(input.what, 300) },
    { title: 'Where', value: displayText(input.where, 120) },
    { title: 'How often', value: displayText(input.howOften, 200) },
  ],
  hint: displayText(input.hint, 200),
});

/** The confirmation of a subscription command: exactly what will be sent, where and how often. */
export const subscribedCard = (input: SubscribedInput): AdaptiveCardJson => subscribed.expand(subscribedData(input));
