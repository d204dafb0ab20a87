import { swaggerDocument } from '../functions/openApiDocument';

/**
 * A Power Platform custom connector for the facade, as `pac connector create` reads it: the Swagger 2.0
 * document (host from the app's public URL) and the connection's one parameter, the function key,
 * which connectors send as the document's apiKey header (x-functions-key).
 */
export function connectorFiles(publicBaseUrl: string): Record<'apiDefinition.swagger.json' | 'apiProperties.json', unknown> {
  return {
    'apiDefinition.swagger.json': swaggerDocument(publicBaseUrl),
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
        iconBrandColor: '#0078d4',
        capabilities: [],
        publisher: 'AvePoint Dynamics 365 jobs',
        stackOwner: 'AvePoint Dynamics 365 jobs',
      },
    },
  };
}
