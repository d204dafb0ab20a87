import { CloudAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { BotDependencies } from './BotDependencies';
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
import { errorLine } from '../shared/errorLine';

/** `POST /api/messages`: authenticates with Bot Framework tokens, runs the turn, answers invokes synchronously. */
export function createBotEndpoint(deps: BotDependencies): BotEndpoint {
  const { settings, logger } = deps;
  // Also checked eagerly by the lazy endpoint; kept here so no caller can build an open endpoint off loopback.
  refuseOpenEndpoint(settings, deps.loopbackOnly);
  const authentication = createAuthentication(settings);
  const adapter = new CloudAdapter(authentication);
  const conversation = createConversation(deps);

  return {
    requiresToken: Boolean(settings.appId),
    // A throw becomes a rejection: callers of prepare() only ever see a promise.
    prepare: () => Promise.resolve().then(() => prepareTurn(deps.understand, deps.now())),
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
            reason: error instanceof Error ? errorLine(error).slice(0, 200) : typeof error,
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
          answer = await runTurn(context, incoming, conversation, deps);
        });
        return answer ?? { status: 200 };
      } catch (error) {
        // Posting replies failed (connector unreachable or refused): the turn is lost, say so in the log.
        logger.error('Bot turn could not be completed', { error: errorLine(error) });
        return { status: 500 };
      }
    },
  };
}
