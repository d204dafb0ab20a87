import type { QueryAsRead } from '../jobs/QueryAsRead';

/**
 * Per-conversation state in durable storage (several function instances serve one conversation):
 * the last list, so that "next" and "previous" continue it.
 */
export interface ConversationStore {
  get(conversationId: string): Promise<QueryAsRead | undefined>;
  set(conversationId: string, saved: QueryAsRead): Promise<void>;
}
