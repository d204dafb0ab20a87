import type { Publisher } from '../functions/apiDocument/Publisher';
import { swaggerDocument } from '../functions/openApiDocument';

/** The connector icon's background: certification asks that it be iconBrandColor (appPackage/make-icons.js). */
export const CONNECTOR_BRAND_COLOR = '#1f5fbf';
/** The icon written beside the definition files, from appPackage/. */
export const CONNECTOR_ICON = 'connector-icon.png';

/**
 * A Power Platform custom connector for the facade, as `pac connector create` reads it: the Swagger 2.0
 * document (host from the app's public URL, contact and metadata from the publisher) and the connection's
 * one parameter, the function key, which connectors send as the document's apiKey header (x-functions-key).
 */
export function connectorFiles(
  publicBaseUrl: string,
  publisher?: Publisher,
): Record<'apiDefinition.swagger.json' | 'apiProperties.json', unknown> {
  return {
    'apiDefinition.swagger.json': swaggerDocument(publicBaseUrl, publisher),
    'apiProperties.json': {
      properties: {
        connectionParameters: {
          // `api_key` is the name connectors give the value of an apiKey security definition.
          api_key: {
            type: 'securestring',
            uiDefinition: {
              displayName: 'Function key',
              description: 'The function key of the app (az functionapp keys list, see docs/DEPLOY.md)',
              tooltip: 'Sent as the x-functions-key header',
              constraints: { tabIndex: 2, clearText: false, required: 'true' },
            },
          },
        },
        iconBrandColor: CONNECTOR_BRAND_COLOR,
        capabilities: [],
        publisher: publisher?.name ?? 'AvePoint Dynamics 365 jobs',
        stackOwner: publisher?.name ?? 'AvePoint Dynamics 365 jobs',
      },
    },
  };
}
