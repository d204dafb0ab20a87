import { settingNames } from '../../app/config';
import { describeWithTool } from '../support/describeWithTool';
import {
  appSettings,
  BOT_APP_ID,
  build,
  CONTEXT,
  onlyOfType,
  resourceId,
  resourcesOfType,
  SCENARIOS,
  snapshot,
  type Scenario,
} from './bicep';
import { findBicep, type BicepCli } from './bicepCli';

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
  // Set by the platform itself (the app's host name); infra must not set it.
  WEBSITE_HOSTNAME: 'set by Azure',
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

const found = findBicep();
const ref = (id: string, apiVersion: string, path: string) => `reference('${id}', '${apiVersion}').${path}`;
const IDENTITY = 'Microsoft.ManagedIdentity/userAssignedIdentities';

describeWithTool('the function app ARM would create (bicep snapshot)', typeof found === 'string' ? found : undefined, () => {
  const cli = found as BicepCli;
  const of = (scenario: Scenario) => snapshot(cli, SCENARIOS[scenario]);
  const settings = (scenario: Scenario) => appSettings(of(scenario));
  const ids = (scenario: Scenario) => {
    const s = of(scenario);
    return {
      identity: onlyOfType(s, IDENTITY).id,
      storage: onlyOfType(s, 'Microsoft.Storage/storageAccounts'),
      vault: onlyOfType(s, 'Microsoft.KeyVault/vaults').id,
      appInsights: onlyOfType(s, 'Microsoft.Insights/components').id,
    };
  };
  const keyVaultReference = (scenario: Scenario, secret: string) =>
    `[format('@Microsoft.KeyVault(SecretUri={0}secrets/{1})', ${ref(ids(scenario).vault, '2026-05-15', 'vaultUri')}, '${secret}')]`;

  test('app settings cover every setting app/config.ts reads, minus the commented exclusions', () => {
    const names = new Set([...settings('shipped').keys(), ...settings('alternative').keys()]);
    expect(settingNames.filter((n) => !(n in excludedFromAzure) && !names.has(n))).toEqual([]);
    expect(Object.keys(excludedFromAzure).filter((n) => !settingNames.includes(n))).toEqual([]); // no stale exclusions
  });

  test('every app setting is either read by the app or a known platform setting', () => {
    for (const scenario of ['shipped', 'alternative'] as const) {
      const names = [...settings(scenario).keys()];
      expect(names.filter((n) => !settingNames.includes(n) && !platformSettings.includes(n))).toEqual([]);
      expect(names.filter((n) => n in excludedFromAzure)).toEqual([]);
    }
  });

  test('no setting Flex Consumption rejects, no linuxFxVersion', () => {
    for (const scenario of ['shipped', 'alternative'] as const) {
      expect([...settings(scenario).keys()].filter((n) => rejectedByFlex.includes(n))).toEqual([]);
      expect(JSON.stringify(onlyOfType(of(scenario), 'Microsoft.Web/sites'))).not.toMatch(/linuxFxVersion/i);
    }
  });

  test('host storage is identity-based through the user-assigned identity', () => {
    const s = settings('shipped');
    const { identity, storage } = ids('shipped');
    expect(s.get('AzureWebJobsStorage__credential')).toBe('managedidentity');
    expect(s.get('AzureWebJobsStorage__clientId')).toBe(`[${ref(identity, '2024-11-30', 'clientId')}]`);
    expect(s.get('AzureWebJobsStorage__accountName')).toBe(storage.name);
    expect(s.get('AzureWebJobsStorage__blobServiceUri')).toBe(`[${ref(storage.id, '2026-09-01', 'primaryEndpoints.blob')}]`);
    expect(s.get('AzureWebJobsStorage__tableServiceUri')).toBe(`[${ref(storage.id, '2026-09-01', 'primaryEndpoints.table')}]`);
  });

  test('Application Insights ingestion authenticates with the identity', () => {
    const s = settings('shipped');
    const { identity, appInsights } = ids('shipped');
    expect(s.get('APPLICATIONINSIGHTS_AUTHENTICATION_STRING')).toBe(
      `[format('ClientId={0};Authorization=AAD', ${ref(identity, '2024-11-30', 'clientId')})]`,
    );
    expect(s.get('APPLICATIONINSIGHTS_CONNECTION_STRING')).toBe(`[${ref(appInsights, '2020-02-02', 'ConnectionString')}]`);
  });

  test('the AvePoint credential is one Key Vault reference: the secret by default, the certificate by parameter, under the given name', () => {
    const shipped = settings('shipped');
    expect(shipped.get('AVEPOINT_CLIENT_SECRET')).toBe(keyVaultReference('shipped', 'avepoint-credential'));
    expect(shipped.has('AVEPOINT_CLIENT_CERTIFICATE')).toBe(false);
    const alternative = settings('alternative');
    expect(alternative.get('AVEPOINT_CLIENT_CERTIFICATE')).toBe(keyVaultReference('alternative', 'my-avepoint-pem'));
    expect(alternative.has('AVEPOINT_CLIENT_SECRET')).toBe(false);
  });

  test('a managed-identity bot has no password; a SingleTenant bot reads its password from Key Vault', () => {
    const shipped = settings('shipped');
    expect(shipped.get('MicrosoftAppType')).toBe('UserAssignedMSI');
    expect(shipped.get('MicrosoftAppId')).toBe(`[${ref(ids('shipped').identity, '2024-11-30', 'clientId')}]`);
    expect(shipped.get('MicrosoftAppTenantId')).toBe(CONTEXT.tenantId);
    expect(shipped.get('BOT_ALLOWED_TENANTS')).toBe(CONTEXT.tenantId); // none given: only the own tenant
    expect(shipped.has('MicrosoftAppPassword')).toBe(false);
    const alternative = settings('alternative');
    expect(alternative.get('MicrosoftAppType')).toBe('SingleTenant');
    expect(alternative.get('MicrosoftAppId')).toBe(BOT_APP_ID);
    expect(alternative.get('MicrosoftAppPassword')).toBe(keyVaultReference('alternative', 'my-bot-password'));
    expect(alternative.get('BOT_ALLOWED_TENANTS')).toBe('66666666-6666-6666-6666-666666666666,77777777-7777-7777-7777-777777777777');
  });

  test('the AvePoint URLs follow the data centre', () => {
    expect(settings('shipped').get('AVEPOINT_GRAPH_URL')).toBe('https://graph-us.avepointonlineservices.com');
    expect(settings('shipped').get('AVEPOINT_TOKEN_URL')).toBe('https://identity.avepointonlineservices.com/connect/token');
    expect(settings('alternative').get('AVEPOINT_GRAPH_URL')).toBe('https://graphusgovapi.online15.net');
    expect(settings('alternative').get('AVEPOINT_TOKEN_URL')).toBe('https://identity.online15.net/connect/token');
    expect(settings('shipped').get('AVEPOINT_CLIENT_ID')).toBe(SCENARIOS.shipped.avepointClientId);
    expect(settings('shipped').get('AVEPOINT_TIMEOUT_MS')).toBe('5000');
    expect(settings('shipped').get('AVEPOINT_TOTAL_TIMEOUT_MS')).toBe('10000');
  });

  test('avepointDataCenter allows exactly the documented data centres plus FedRAMP, with one identity service per environment', () => {
    const { template } = build(cli);
    expect(template.parameters?.avepointDataCenter?.['allowedValues' as never]).toEqual([
      'au',
      'sg',
      'ca',
      'ne',
      'we',
      'fr',
      'de',
      'jp',
      'kr',
      'ch',
      'uk',
      'us',
      'uae',
      'za',
      'qa',
      'gov',
      'aos2',
      'gcp-au',
      'gcp-jp',
      'gcp-us',
      'gcp-we',
      'gcp-kr',
      'fedramp',
    ]);
    expect(template.variables?.avepointTokenUrls).toEqual({
      commercial: 'https://identity.avepointonlineservices.com/connect/token',
      gov: 'https://identity-gov.avepointonlineservices.com/connect/token',
      aos2: 'https://identity-aos2.avepointonlineservices.com/connect/token',
      fedramp: 'https://identity.online15.net/connect/token',
    });
    expect(template.variables?.avepointEnvironment).toBe(
      "[if(contains(createArray('gov', 'aos2', 'fedramp'), parameters('avepointDataCenter')), parameters('avepointDataCenter'), 'commercial')]",
    );
  });

  test('plan is FC1 and the site runs Node 22 from a blob container read with the identity', () => {
    const s = of('shipped');
    const { identity, storage } = ids('shipped');
    const plan = onlyOfType(s, 'Microsoft.Web/serverfarms');
    expect([plan.sku, plan.kind, plan.properties?.reserved]).toEqual([{ name: 'FC1', tier: 'FlexConsumption' }, 'functionapp', true]);
    const site = onlyOfType(s, 'Microsoft.Web/sites');
    expect(site.kind).toBe('functionapp,linux');
    expect(site.identity).toEqual({ type: 'UserAssigned', userAssignedIdentities: { [identity]: {} } });
    expect(site.properties).toMatchObject({
      serverFarmId: plan.id,
      httpsOnly: true,
      keyVaultReferenceIdentity: identity,
      siteConfig: { minTlsVersion: '1.2' },
      functionAppConfig: {
        runtime: { name: 'node', version: '22' },
        scaleAndConcurrency: { instanceMemoryMB: 2048, maximumInstanceCount: 40 },
        deployment: {
          storage: {
            type: 'blobContainer',
            value: `[format('{0}{1}', ${ref(storage.id, '2026-09-01', 'primaryEndpoints.blob')}, 'app-package')]`,
            authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identity },
          },
        },
      },
    });
    expect(resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', storage.name, 'default', 'app-package')).toBe(
      onlyOfType(s, 'Microsoft.Storage/storageAccounts/blobServices/containers').id,
    );
  });

  test('instance memory and maximum instance count are parameters of main.bicep', () => {
    const params = build(cli).template.parameters ?? {};
    expect(Object.keys(params)).toEqual(expect.arrayContaining(['instanceMemoryMB', 'maximumInstanceCount']));
  });

  test('basic-auth publishing to the SCM site is off', () => {
    const policies = resourcesOfType(of('shipped'), 'Microsoft.Web/sites/basicPublishingCredentialsPolicies');
    expect(policies.map((p) => [p.name.split('/').pop(), p.properties?.allow])).toEqual([['scm', false]]);
  });
});
