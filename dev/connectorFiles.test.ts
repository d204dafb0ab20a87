import SwaggerParser from '@apidevtools/swagger-parser';
import { connectorFiles } from './connectorFiles';

describe('the Power Platform connector definition', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON that the tests walk and check with expect(); typed bodies are still to do.
  const files = connectorFiles('https://jobs-app.azurewebsites.net') as Record<string, any>;

  it('is the Swagger 2.0 document of the app, valid, at the app host', async () => {
    const definition = files['apiDefinition.swagger.json'];
    await expect(SwaggerParser.validate(structuredClone(definition))).resolves.toBeDefined();
    expect(definition).toMatchObject({ swagger: '2.0', host: 'jobs-app.azurewebsites.net', basePath: '/api', schemes: ['https'] });
  });

  it('asks the connection for the function key, as a secret, for the apiKey header', () => {
    const { connectionParameters } = files['apiProperties.json'].properties;
    expect(Object.keys(connectionParameters)).toEqual(['api_key']);
    expect(connectionParameters.api_key).toMatchObject({ type: 'securestring', uiDefinition: { displayName: 'Function key' } });
    expect(Object.values(files['apiDefinition.swagger.json'].securityDefinitions)).toEqual([
      expect.objectContaining({ type: 'apiKey', name: 'x-functions-key' }),
    ]);
  });
});
