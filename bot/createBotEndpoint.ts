import { CloudAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { AppConfig } from '../app/config';
import { ConfigurationError } from '../jobs/errors';
import type { JobsService } from '../jobs/JobsService';
import type { Logger } from '../jobs/Logger';
import type { ConversationStore } from './ConversationStore';
import { createConversation } from './conversation/createConversation';
import { isActivityShaped } from './conversation/readIncoming';
import { createAuthentication } from './createAuthentication';
import { runTurn } from './runTurn';

/** Below Teams' ~5 s invoke timeout, leaving room for the card to travel back. */
export const DEFAULT_INVOKE_TIMEOUT_MS = 4_000;

export interface BotEndpointDeps {
  settings: AppConfig['bot'];
  jobs: JobsService;
  conversations: ConversationStore;
  logger: Logger;
  now: () => Date;
  /** True only when the host listens on loopback: required to run without an app id (no authentication). */
  loopbackOnly: boolean;
  /** Upper bound on the upstream wait while answering a card action; default DEFAULT_INVOKE_TIMEOUT_MS. */
  invokeTimeoutMs?: number;
  /** Token for the bot's own calls to the connector instead of Entra's; for offline tests only. */
  connectorToken?: () => Promise<string>;
}

/** An HTTP request as the endpoint needs it: headers and the already-parsed JSON body. */
export interface BotRequest {
  headers: Record<string, string | undefined>;
  body: unknown;
}

export interface BotResponse {
  status: number;
  body?: unknown;
}

export interface BotEndpoint {
  handle(request: BotRequest): Promise<BotResponse>;
}

/** `POST /api/messages`: authenticates with Bot Framework tokens, runs the turn, answers invokes synchronously. */
export function createBotEndpoint(deps: BotEndpointDeps): BotEndpoint {
  const { settings, logger } = deps;
  if (!settings.appId && !deps.loopbackOnly) {
    throw new ConfigurationError('MicrosoftAppId is not set: the bot endpoint would accept unauthenticated requests. Set it, or listen on loopback only.');
  }
  const authentication = createAuthentication(settings, deps.connectorToken);
  const adapter = new CloudAdapter(authentication);
  const conversation = createConversation({
    jobs: deps.jobs,
    conversations: deps.conversations,
    logger,
    now: deps.now,
    allowedTenants: settings.allowedTenants,
    invokeTimeoutMs: deps.invokeTimeoutMs ?? DEFAULT_INVOKE_TIMEOUT_MS,
  });

  return {
    async handle({ headers, body }) {
      if (!isActivityShaped(body)) return { status: 400 };
      const activity = body as Activity;
      const authorization = headers.authorization ?? headers.Authorization ?? '';
      // Authenticated here, apart from the turn, so that every failure of it (bad token,
      // unreachable signing keys) is a bare 401 and nothing of the turn runs.
      const authenticated = await authentication.authenticateRequest(activity, authorization).catch((error: unknown) => {
        logger.warn('Bot request refused: authentication failed', { reason: error instanceof Error ? error.message.slice(0, 200) : typeof error });
        return undefined;
      });
      if (!authenticated) return { status: 401 };
      try {
        let answer: BotResponse | undefined;
        await adapter.processActivityDirect(authenticated, activity, async (context) => {
          answer = await runTurn(context, conversation);
        });
        return answer ?? { status: 200 };
      } catch (error) {
        // Posting replies failed (connector unreachable or refused): the turn is lost, say so in the log.
        logger.error('Bot turn could not be completed', { error: error instanceof Error ? error.message.split('\n')[0] : String(error) });
        return { status: 500 };
      }
    },
  };
}
