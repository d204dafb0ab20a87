import SwaggerParser from '@apidevtools/swagger-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONNECTOR_BRAND_COLOR, CONNECTOR_ICON, connectorFiles } from './connectorFiles';
import { projectRoot } from './projectRoot';

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

  it('has an icon of 230x230 on the brand colour, which apiProperties names', () => {
    const png = readFileSync(join(projectRoot(), 'appPackage', CONNECTOR_ICON));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([230, 230]);
    expect(files['apiProperties.json'].properties.iconBrandColor).toBe(CONNECTOR_BRAND_COLOR);
    // make-icons.js paints the background in the Teams accent colour, which is the brand colour.
    const manifest = JSON.parse(readFileSync(join(projectRoot(), 'appPackage', 'manifest.json'), 'utf8'));
    expect(manifest.accentColor.toLowerCase()).toBe(CONNECTOR_BRAND_COLOR);
  });
});
