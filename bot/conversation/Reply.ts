import type { AdaptiveCardJson } from '../../cards';

/** One thing the bot says: a card or a short text. */
export type Reply = { kind: 'card'; card: AdaptiveCardJson } | { kind: 'text'; text: string };

/** The synchronous answer to an invoke: the HTTP status and body the channel receives. */
export interface InvokeAnswer {
  status: number;
  body: unknown;
}

/** What one turn produces: replies to post, and for invokes the answer to return. */
export interface Outcome {
  replies: Reply[];
  invoke?: InvokeAnswer;
  /** Keep (install, first message, a subscription) or drop (uninstall) the conversation reference proactive alerts need. */
  reference?: 'save' | 'remove';
}

export const card = (value: AdaptiveCardJson): Reply => ({ kind: 'card', card: value });
export const text = (value: string): Reply => ({ kind: 'text', text: value });
