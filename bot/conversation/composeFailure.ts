import { errorData } from '../../cards';
import { UpstreamError } from '../../shared/errors';
import type { Logger } from '../../shared/Logger';
import { composeMessage } from './composeExtensionAnswer';
import type { InvokeAnswer } from './Reply';

/**
 * A failed search or unfurl, said in the compose box with the error card's words: upstream trouble
 * is expected and only warned about; anything else is a bug, logged, and never shown in detail.
 */
export function composeFailure(error: unknown, logger: Logger): InvokeAnswer {
  if (error instanceof UpstreamError) {
    logger.warn('AvePoint could not answer the message extension', { kind: error.kind, retryAfterSeconds: error.retryAfterSeconds });
  } else {
    logger.error('Message extension failed', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
  const { title, message, hint } = errorData(
    error instanceof UpstreamError ? { kind: error.kind, retryAfterSeconds: error.retryAfterSeconds } : {},
  );
  return composeMessage([title, message, hint].filter(Boolean).join(' '));
}
