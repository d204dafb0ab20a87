import { ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { AppConfig } from '../app/config';

type BotSettings = AppConfig['bot'];

/**
 * botbuilder's authentication built from our validated settings only (never the whole
 * environment, which botbuilder would otherwise scan for its own keys).
 */
export function createAuthentication(
  settings: BotSettings,
  connectorToken?: () => Promise<string>,
): ConfigurationBotFrameworkAuthentication {
  const options = {
    MicrosoftAppId: settings.appId,
    MicrosoftAppType: settings.appType,
    MicrosoftAppTenantId: settings.tenantId,
    MicrosoftAppPassword: settings.password,
    // Offline tests serve their own OpenID configuration; emulator-style tokens go there too,
    // so no token can make the bot reach out to Microsoft's endpoints during a test.
    ...(settings.openIdMetadataUrl && {
      ToBotFromChannelOpenIdMetadataUrl: settings.openIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: settings.openIdMetadataUrl,
    }),
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(options);
  return new ConfigurationBotFrameworkAuthentication(
    options,
    connectorToken ? withFixedConnectorToken(credentials, connectorToken) : credentials,
  );
}

type CredentialsFactory = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1]>;

/**
 * Same inbound rules (app id, auth on/off) but the bot's outbound calls carry a token from
 * `connectorToken` instead of one from Entra, which offline tests cannot reach.
 */
function withFixedConnectorToken(inner: CredentialsFactory, connectorToken: () => Promise<string>): CredentialsFactory {
  return {
    isValidAppId: (appId) => inner.isValidAppId(appId),
    isAuthenticationDisabled: () => inner.isAuthenticationDisabled(),
    createCredentials: async () => ({
      signRequest: async (request) => {
        request.headers.set('authorization', `Bearer ${await connectorToken()}`);
        return request;
      },
    }),
  };
}
