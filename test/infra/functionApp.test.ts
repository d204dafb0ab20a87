import { settingNames } from '../../app/config';
import { appSettings } from './appSettings';
import { at, declarations, literal, parseAll, parseModule, properties, resourcesOfType } from './bicep';

/**
 * Settings app/config.ts reads that must NOT be app settings in Azure. A new name in settingNames
 * fails the coverage test until infra sets it or it is added here with a reason.
 */
const excludedFromAzure: Record<string, string> = {
  // Test-only override of Bot Framework's OpenID metadata (offline token validation tests).
  BOT_OPENID_METADATA_URL: 'local tests only',
  // Azurite connection string; in Azure shared keys are off and storage is identity-based
  // (AzureWebJobsStorage__* below). Flex Consumption also rejects a connection-string AzureWebJobsStorage.
  AzureWebJobsStorage: 'local only',
};

/** Settings the platform (not app/config.ts) reads; anything else in infra must come from settingNames. */
const platformSettings = [
  'AzureWebJobsStorage__accountName',
  'AzureWebJobsStorage__blobServiceUri',
  'AzureWebJobsStorage__credential',
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'APPLICATIONINSIGHTS_AUTHENTICATION_STRING',
];

/** Settings Flex Consumption rejects or that belong to other plans. */
const rejectedByFlex = [
  'FUNCTIONS_WORKER_RUNTIME',
  'FUNCTIONS_EXTENSION_VERSION',
  'WEBSITE_RUN_FROM_PACKAGE',
  'WEBSITE_NODE_DEFAULT_VERSION',
  'WEBSITE_CONTENTSHARE',
  'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING',
  'AzureWebJobsDashboard',
];

describe('function app on Flex Consumption', () => {
  test('app settings cover every setting app/config.ts reads, minus the commented exclusions', async () => {
    const names = [...(await appSettings()).keys()];
    const expected = settingNames.filter((n) => !(n in excludedFromAzure));
    expect(expected.filter((n) => !names.includes(n))).toEqual([]);
    expect(Object.keys(excludedFromAzure).filter((n) => !settingNames.includes(n))).toEqual([]); // no stale exclusions
  });

  test('every app setting is either read by the app or a known platform setting', async () => {
    const names = [...(await appSettings()).keys()];
    expect(names.filter((n) => !settingNames.includes(n) && !platformSettings.includes(n))).toEqual([]);
    expect(names.filter((n) => n in excludedFromAzure)).toEqual([]);
  });

  test('no setting Flex Consumption rejects appears anywhere in infra', async () => {
    for (const file of await parseAll()) {
      for (const name of rejectedByFlex) expect({ file: file.rel, name, found: new RegExp(`\\b${name}\\b`).test(file.source) }).toMatchObject({ found: false });
      expect(file.source).not.toMatch(/linuxFxVersion/);
    }
  });

  test('host storage is identity-based through the user-assigned identity', async () => {
    const s = await appSettings();
    expect(literal(s.get('AzureWebJobsStorage__credential'))).toBe('managedidentity');
    expect(s.get('AzureWebJobsStorage__clientId')?.text).toBe('identityClientId');
    expect(s.get('AzureWebJobsStorage__accountName')?.text).toBe('storageAccountName');
    expect(s.get('AzureWebJobsStorage__blobServiceUri')?.text).toBe('blobEndpoint');
    expect(s.get('AzureWebJobsStorage__tableServiceUri')?.text).toBe('tableEndpoint');
  });

  test('Application Insights ingestion authenticates with the identity', async () => {
    const s = await appSettings();
    expect(s.get('APPLICATIONINSIGHTS_AUTHENTICATION_STRING')?.text).toBe("'ClientId=${identityClientId};Authorization=AAD'");
    expect(s.get('APPLICATIONINSIGHTS_CONNECTION_STRING')?.text).toBe('appInsights.properties.ConnectionString');
  });

  test('the AvePoint credential is one Key Vault reference, secret or certificate by parameter', async () => {
    const file = await parseModule('functionApp');
    const s = await appSettings();
    expect(s.get('AVEPOINT_CLIENT_SECRET')?.text).toBe('credentialReference');
    expect(s.get('AVEPOINT_CLIENT_CERTIFICATE')?.text).toBe('credentialReference');
    const ref = declarations(file, 'variable_declaration').find((v) => v.name === 'credentialReference');
    expect(ref?.value?.text).toBe("'@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${avepointCredentialName})'");
    const kind = declarations(file, 'variable_declaration').find((v) => v.name === 'credentialSettings');
    expect(kind?.value?.type).toBe('ternary_expression');
    expect(kind?.value?.text).toMatch(/^avepointCredentialKind == 'secret'/);
    expect(s.get('MicrosoftAppPassword')?.text).toMatch(/^'@Microsoft\.KeyVault\(SecretUri=/);
  });

  test('bot settings name the identity and the tenant', async () => {
    const s = await appSettings();
    expect(s.get('MicrosoftAppType')?.text).toBe('botAppType');
    expect(s.get('MicrosoftAppId')?.text).toBe('botAppId');
    expect(s.get('MicrosoftAppTenantId')?.text).toBe('tenant().tenantId');
    const main = await parseModule('main');
    expect(declarations(main, 'variable_declaration').find((v) => v.name === 'botId')?.value?.text).toBe(
      "botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId",
    );
  });

  test('plan is FC1 and the site runs Node 22 from a blob container read with the identity', async () => {
    const file = await parseModule('functionApp');
    const [plan] = resourcesOfType(file, 'Microsoft.Web/serverfarms');
    expect(literal(at(plan?.body, 'sku.name'))).toBe('FC1');
    expect(literal(at(plan?.body, 'sku.tier'))).toBe('FlexConsumption');
    expect(at(plan?.body, 'properties.reserved')?.text).toBe('true');

    const [site] = resourcesOfType(file, 'Microsoft.Web/sites');
    expect(literal(at(site?.body, 'kind'))).toBe('functionapp,linux');
    expect(literal(at(site?.body, 'identity.type'))).toBe('UserAssigned');
    expect(at(site?.body, 'properties.keyVaultReferenceIdentity')?.text).toBe('identityId');
    expect(at(site?.body, 'properties.httpsOnly')?.text).toBe('true');
    const config = 'properties.functionAppConfig';
    expect(literal(at(site?.body, `${config}.runtime.name`))).toBe('node');
    expect(literal(at(site?.body, `${config}.runtime.version`))).toBe('22');
    expect(literal(at(site?.body, `${config}.deployment.storage.type`))).toBe('blobContainer');
    expect(at(site?.body, `${config}.deployment.storage.value`)?.text).toBe('deploymentContainerUrl');
    expect(literal(at(site?.body, `${config}.deployment.storage.authentication.type`))).toBe('UserAssignedIdentity');
    expect(at(site?.body, `${config}.deployment.storage.authentication.userAssignedIdentityResourceId`)?.text).toBe('identityId');
    expect(at(site?.body, `${config}.scaleAndConcurrency.instanceMemoryMB`)?.text).toBe('instanceMemoryMB');
    expect(at(site?.body, `${config}.scaleAndConcurrency.maximumInstanceCount`)?.text).toBe('maximumInstanceCount');
    expect(at(site?.body, 'properties.siteConfig.appSettings')?.text).toMatch(/^map\(items\(appSettings\)/);
    expect(declarations(file, 'variable_declaration').find((v) => v.name === 'appSettings')?.value?.text).toBe(
      'union(baseSettings, credentialSettings, botPasswordSettings)',
    );
  });

  test('instance memory and maximum instance count are parameters of main.bicep', async () => {
    const main = await parseModule('main');
    const params = declarations(main, 'parameter_declaration').map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['instanceMemoryMB', 'maximumInstanceCount']));
  });

  test('basic-auth publishing to the SCM site is off', async () => {
    const file = await parseModule('functionApp');
    const policies = resourcesOfType(file, 'Microsoft.Web/sites/basicPublishingCredentialsPolicies');
    expect(policies.map((p) => literal(at(p.body, 'name')))).toEqual(['scm']);
    for (const p of policies) expect(at(p.body, 'properties.allow')?.text).toBe('false');
  });
});

describe('AvePoint upstream settings', () => {
  const dataCentres = ['au', 'sg', 'ca', 'ne', 'we', 'fr', 'de', 'jp', 'kr', 'ch', 'uk', 'us', 'uae', 'za', 'qa', 'gov', 'aos2', 'gcp-au', 'gcp-jp', 'gcp-us', 'gcp-we', 'gcp-kr', 'fedramp'];

  test('avepointDataCenter allows exactly the documented data centres plus FedRAMP', async () => {
    const main = await parseModule('main');
    const param = declarations(main, 'parameter_declaration').find((p) => p.name === 'avepointDataCenter');
    const allowed = param?.decorators.find((d) => d.startsWith('@allowed('));
    const values = [...(allowed ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(values).toEqual(dataCentres);
  });

  test('graph URL and token URL are derived from the data centre', async () => {
    const main = await parseModule('main');
    const vars = new Map(declarations(main, 'variable_declaration').map((v) => [v.name, v.value]));
    expect(vars.get('avepointGraphUrl')?.text).toContain("'https://graphusgovapi.online15.net'");
    expect(vars.get('avepointGraphUrl')?.text).toContain("'https://graph-${avepointDataCenter}.avepointonlineservices.com'");
    const tokens = vars.get('avepointTokenUrls');
    expect(tokens?.type).toBe('object');
    const urls = Object.fromEntries([...properties(tokens!)].map(([k, v]) => [k, literal(v)]));
    expect(urls).toEqual({
      commercial: 'https://identity.avepointonlineservices.com/connect/token',
      gov: 'https://identity-gov.avepointonlineservices.com/connect/token',
      aos2: 'https://identity-aos2.avepointonlineservices.com/connect/token',
      fedramp: 'https://identity.online15.net/connect/token',
    });
    expect(vars.get('avepointEnvironment')?.text).toBe("contains(['gov', 'aos2', 'fedramp'], avepointDataCenter) ? avepointDataCenter : 'commercial'");
  });
});
