import { errorCard } from '../../cards';
import type { AdaptiveCardJson, Retry } from '../../cards';
import { UpstreamError } from '../../shared/errors';
import type { Logger } from '../../shared/Logger';

/**
 * The one place failures become cards. Upstream trouble is expected: a friendly card with a
 * retry of what failed. Anything else is a bug: a generic card, and the detail only in the log.
 */
export function errorCardFor(error: unknown, logger: Logger, retry?: Retry): AdaptiveCardJson {
  if (error instanceof UpstreamError) {
    logger.warn('AvePoint could not answer the bot', { kind: error.kind, retryAfterSeconds: error.retryAfterSeconds });
    return errorCard({ kind: error.kind, retryAfterSeconds: error.retryAfterSeconds, retry });
  }
  logger.error('Bot turn failed', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  return errorCard({ kind: 'unexpected', retry });
}
