import type { JobQuery } from '../jobs/model';

/** What a conversation remembers between messages, so "next" and "previous" continue the last query. */
export interface SavedQuery {
  query: JobQuery;
  /** How the sentence was read, echoed on the card header. */
  reading: string;
  /** IANA zone the query's times were resolved in. */
  timeZone: string;
}

/** Per-conversation state in durable storage (several function instances serve one conversation). */
export interface ConversationStore {
  get(conversationId: string): Promise<SavedQuery | undefined>;
  set(conversationId: string, saved: SavedQuery): Promise<void>;
}
