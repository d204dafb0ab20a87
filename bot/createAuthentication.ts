import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { BotSettings } from './BotSettings';

/**
 * botbuilder's authentication built from our validated settings only (never the whole
 * environment, which botbuilder would otherwise scan for its own keys).
 */
export function createAuthentication(settings: BotSettings): ConfigurationBotFrameworkAuthentication {
  const options = {
    MicrosoftAppId: settings.appId,
    MicrosoftAppType: settings.appType,
    MicrosoftAppTenantId: settings.tenantId,
    MicrosoftAppPassword: settings.password,
    ...(settings.openIdMetadataUrl && publicCloudWithKeysFrom(settings.openIdMetadataUrl)),
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(options);
  return new ConfigurationBotFrameworkAuthentication(
    options,
    settings.connectorToken ? withFixedConnectorToken(credentials, settings.connectorToken) : credentials,
  );
}

/**
 * Azure public cloud settings, signing keys excepted. botbuilder treats any one of these as
 * "custom cloud, all given" (BotFrameworkAuthenticationFactory.create), so all are spelled out.
 * Emulator-style tokens use the same keys: no token can make an offline test reach Microsoft.
 */
const publicCloudWithKeysFrom = (openIdMetadataUrl: string) => ({
  ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
  ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  CallerId: CallerIdConstants.PublicAzureChannel,
});

type CredentialsFactory = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1]>;

/**
 * Same inbound rules (app id, auth on/off) but the bot's outbound calls carry a token from
 * `connectorToken` instead of one from Entra, which offline tests cannot reach.
 */
function withFixedConnectorToken(inner: CredentialsFactory, connectorToken: string): CredentialsFactory {
  return {
    isValidAppId: (appId) => inner.isValidAppId(appId),
    isAuthenticationDisabled: () => inner.isAuthenticationDisabled(),
    createCredentials: () =>
      Promise.resolve({
        signRequest: (request) => {
          request.headers.set('authorization', `Bearer ${connectorToken}`);
          return Promise.resolve(request);
        },
      }),
  };
}
