import type { QueryAsRead } from '../../jobs/QueryAsRead';
import type { BotDependencies } from '../BotDependencies';
import { errorLine } from '../../shared/errorLine';

/**
 * The conversation's memory is a convenience ("next", "Back to list"): with Table Storage down or
 * slow the bot still answers, forgets instead of failing, and the log says so (docs/RELIABILITY.md).
 */
export async function remember(
  deps: Pick<BotDependencies, 'conversations' | 'logger'>,
  conversationId: string,
  saved: QueryAsRead,
): Promise<void> {
  await deps.conversations.set(conversationId, saved).catch((error: unknown) => {
    deps.logger.warn('Could not remember the list; "next" will not continue it', { error: errorLine(error) });
  });
}

/** The conversation's last list, or `unavailable` when storage could not be read. */
export async function recall(
  deps: Pick<BotDependencies, 'conversations' | 'logger'>,
  conversationId: string,
): Promise<QueryAsRead | undefined | 'unavailable'> {
  try {
    return await deps.conversations.get(conversationId);
  } catch (error) {
    deps.logger.warn('Could not read the last list of the conversation', { error: errorLine(error) });
    return 'unavailable';
  }
}
