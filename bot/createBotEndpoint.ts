import { CloudAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { BotSettings } from './BotSettings';
import type { AlertsTurnDeps, TurnDeps } from './conversation/TurnDeps';
import type { ConversationReferenceStore } from '../alerts/ports';
import { isLoopbackUrl } from '../shared/isLoopbackHost';
import { activitySchema, authenticationEnvelope } from './activitySchema';
import type { BotEndpoint, BotResponse } from './BotEndpoint';
import { createConversation } from './conversation/createConversation';
import { readIncoming } from './conversation/readIncoming';
import { createAuthentication } from './createAuthentication';
import { prepareTurn } from './prepareTurn';
import { refuseOpenEndpoint } from './refuseOpenEndpoint';
import { runTurn } from './runTurn';
import { withoutConsoleErrors } from './withoutConsoleErrors';

/** Below Teams' ~5 s invoke timeout, leaving room for the card to travel back. */
export const DEFAULT_INVOKE_TIMEOUT_MS = 4_000;

/** What a turn uses (TurnDeps), and what the endpoint itself needs to authenticate and answer. */
export interface BotEndpointDeps extends Omit<TurnDeps, 'alerts'> {
  settings: BotSettings;
  /** The app's public URL (PUBLIC_BASE_URL): links to its own jobs are unfurled. */
  publicBaseUrl: string;
  /** True only when the host listens on loopback: required to run without an app id (no authentication). */
  loopbackOnly: boolean;
  /** Upper bound on the upstream wait while answering a card action; default DEFAULT_INVOKE_TIMEOUT_MS. */
  invokeTimeoutMs?: number;
  /** Token for the bot's own calls to the connector instead of Entra's; for offline tests only. */
  connectorToken?: () => Promise<string>;
  /** Subscription commands and where proactive alerts go; without them the bot has no alerts. */
  alerts?: AlertsTurnDeps & { references: ConversationReferenceStore };
}

/** `POST /api/messages`: authenticates with Bot Framework tokens, runs the turn, answers invokes synchronously. */
export function createBotEndpoint(deps: BotEndpointDeps): BotEndpoint {
  const { settings, logger } = deps;
  // Also checked eagerly by the lazy endpoint; kept here so no caller can build an open endpoint off loopback.
  refuseOpenEndpoint(settings, deps.loopbackOnly);
  const authentication = createAuthentication(settings, deps.connectorToken);
  const adapter = new CloudAdapter(authentication);
  const conversation = createConversation({
    jobs: deps.jobs,
    summaries: deps.summaries,
    understand: deps.understand,
    conversations: deps.conversations,
    logger,
    now: deps.now,
    allowedTenants: settings.allowedTenants,
    invokeTimeoutMs: deps.invokeTimeoutMs ?? DEFAULT_INVOKE_TIMEOUT_MS,
    publicBaseUrl: deps.publicBaseUrl,
    ...(deps.alerts && { alerts: deps.alerts }),
    ...(deps.userZones && { userZones: deps.userZones }),
  });
  const alerts = deps.alerts && { references: deps.alerts.references, logger };

  return {
    requiresToken: Boolean(settings.appId),
    prepare: () => Promise.resolve(prepareTurn(deps.understand, deps.now())),
    async handle({ headers, body }) {
      const authorization = headers.authorization ?? '';
      // The one parse of the activity; its verdict is acted on only after authentication.
      const activity = activitySchema.safeParse(body);
      // Authentication comes first, on the few fields it reads: a caller without a valid token
      // gets a bare 401 whatever it sent, and learns nothing about how its body was judged.
      // Every failure of it (bad token, unreachable signing keys) is a 401 and nothing of the turn runs.
      const envelope = (activity.success ? activity.data : authenticationEnvelope(body)) as Activity;
      const authenticated = await withoutConsoleErrors(() => authentication.authenticateRequest(envelope, authorization)).catch(
        (error: unknown) => {
          logger.warn('Bot request refused: authentication failed', {
            reason: error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : typeof error,
          });
          return undefined;
        },
      );
      if (!authenticated) return { status: 401 };
      // botbuilder throws (a 500) on activities it cannot process: those are the sender's fault.
      if (!activity.success) return { status: 400 };
      // Without an app id nothing is authenticated: replies (and later alerts) may only go back to this machine.
      if (!settings.appId && !isLoopbackUrl(activity.data.serviceUrl)) {
        logger.warn('Bot request refused: an open endpoint replies to loopback service URLs only');
        return { status: 403 };
      }
      const incoming = readIncoming(activity.data);
      try {
        let answer: BotResponse | undefined;
        await adapter.processActivityDirect(authenticated, body as Activity, async (context) => {
          answer = await runTurn(context, incoming, conversation, alerts);
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
