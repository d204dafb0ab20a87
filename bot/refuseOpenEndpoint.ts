import type { BotSettings } from './BotSettings';
import { ConfigurationError } from '../shared/errors';

/**
 * Start-up check, kept free of botbuilder so that it runs before the bot is loaded: without an
 * app id the endpoint accepts unauthenticated requests, which only a loopback-only host may do.
 */
export function refuseOpenEndpoint(settings: Pick<BotSettings, 'appId'>, loopbackOnly: boolean): void {
  if (!settings.appId && !loopbackOnly) {
    throw new ConfigurationError(
      'MicrosoftAppId is not set: the bot endpoint would accept unauthenticated requests. Set it, or listen on loopback only.',
    );
  }
}
