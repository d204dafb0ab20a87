import { describeWithTool } from '../support/describeWithTool';
import {
  BOT_APP_ID,
  CONTEXT,
  DEPLOYER,
  onlyOfType,
  resourcesOfType,
  SCENARIOS,
  snapshot,
  type PredictedResource,
  type Scenario,
  type Snapshot,
} from './bicep';
import { findBicep, type BicepCli } from './bicepCli';

const role = {
  blobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3',
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88',
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6',
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7',
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb',
};

const found = findBicep();
const IDENTITY = 'Microsoft.ManagedIdentity/userAssignedIdentities';

interface Assignment {
  scope: string;
  role: string;
  principalId: unknown;
  principalType: unknown;
  name: string;
}

/** The resource an assignment is on: from its id, or from the id expression when its name is a runtime value. */
function scopeOf(r: PredictedResource): string {
  const runtime = /^\[extensionResourceId\('([^']+)', 'Microsoft\.Authorization\/roleAssignments', /.exec(r.id);
  return runtime ? runtime[1]! : r.id.slice(0, r.id.indexOf('/providers/Microsoft.Authorization/roleAssignments/'));
}

/** Role assignments as (scope, role, principal), read from their ids and properties. */
function assignments(s: Snapshot): Assignment[] {
  return resourcesOfType(s, 'Microsoft.Authorization/roleAssignments').map((r: PredictedResource) => ({
    scope: scopeOf(r),
    role: String(r.properties?.roleDefinitionId).split('/').pop()!,
    principalId: r.properties?.principalId,
    principalType: r.properties?.principalType,
    name: r.name,
  }));
}

describeWithTool('the resources ARM would create (bicep snapshot)', typeof found === 'string' ? found : undefined, () => {
  const cli = found as BicepCli;
  const of = (scenario: Scenario) => snapshot(cli, SCENARIOS[scenario]);
  const principal = (s: Snapshot) => `[reference('${onlyOfType(s, IDENTITY).id}', '2024-11-30').principalId]`;

  test('storage: shared keys off, TLS 1.2, no public blob access, private deployment container', () => {
    const s = of('shipped');
    expect(onlyOfType(s, 'Microsoft.Storage/storageAccounts').properties).toMatchObject({
      allowSharedKeyAccess: false,
      allowBlobPublicAccess: false,
      minimumTlsVersion: 'TLS1_2',
      supportsHttpsTrafficOnly: true,
    });
    expect(onlyOfType(s, 'Microsoft.Storage/storageAccounts/blobServices/containers').properties).toEqual({ publicAccess: 'None' });
  });

  test('the app identity gets exactly Blob Data Owner and Table Data Contributor on storage, Secrets User on the vault, Metrics Publisher on App Insights', () => {
    const s = of('shipped');
    const app = assignments(s).filter((a) => a.principalId === principal(s));
    expect(app.map((a) => [a.scope, a.role]).sort()).toEqual(
      [
        [onlyOfType(s, 'Microsoft.Storage/storageAccounts').id, role.blobDataOwner],
        [onlyOfType(s, 'Microsoft.Storage/storageAccounts').id, role.tableDataContributor],
        [onlyOfType(s, 'Microsoft.KeyVault/vaults').id, role.keyVaultSecretsUser],
        [onlyOfType(s, 'Microsoft.Insights/components').id, role.monitoringMetricsPublisher],
      ].sort(),
    );
    expect(app.every((a) => a.principalType === 'ServicePrincipal')).toBe(true);
    expect(assignments(s).filter((a) => a.role === role.queueDataContributor)).toEqual([]); // nothing uses queues
  });

  test('role assignment names derive from the principal id, not the identity resource id', () => {
    for (const scenario of ['shipped', 'alternative'] as const) {
      const s = of(scenario);
      for (const a of assignments(s)) {
        // guid(scope, principal id, role): a recreated identity (new principal id) gets new assignments.
        const principalExpression = String(a.principalId).replace(/^\[(.*)\]$/, '$1');
        const literalPrincipal = /^\[/.test(String(a.principalId)) ? principalExpression : `'${String(a.principalId)}'`;
        const expected = `guid('${a.scope}', ${literalPrincipal}, '${a.role}')`;
        if (a.name.startsWith('[')) expect(a.name).toBe(`[${expected}]`);
        else expect(a.principalId).toBe(DEPLOYER); // a deployment-time principal: Bicep already evaluated the guid
      }
    }
  });

  test('the deployer is Key Vault Secrets Officer only when its id is given', () => {
    const withDeployer = assignments(of('shipped')).filter((a) => a.role === role.keyVaultSecretsOfficer);
    expect(withDeployer.map((a) => [a.principalId, a.principalType])).toEqual([[DEPLOYER, 'User']]);
    expect(assignments(of('alternative')).filter((a) => a.role === role.keyVaultSecretsOfficer)).toEqual([]);
  });

  test('Key Vault: RBAC authorisation and soft delete on, no access policies, purge protection by parameter', () => {
    const vault = (scenario: Scenario) => onlyOfType(of(scenario), 'Microsoft.KeyVault/vaults').properties;
    expect(vault('shipped')).toMatchObject({
      enableRbacAuthorization: true,
      enableSoftDelete: true,
      tenantId: CONTEXT.tenantId,
      softDeleteRetentionInDays: 90,
    });
    expect(vault('shipped')).not.toHaveProperty('accessPolicies');
    expect(vault('shipped')?.enablePurgeProtection ?? null).toBeNull(); // "false" is refused by the API once it was true
    expect(vault('alternative')?.enablePurgeProtection).toBe(true);
  });

  test('Application Insights is workspace-based with local auth disabled', () => {
    const s = of('shipped');
    expect(onlyOfType(s, 'Microsoft.Insights/components').properties).toMatchObject({
      DisableLocalAuth: true,
      WorkspaceResourceId: onlyOfType(s, 'Microsoft.OperationalInsights/workspaces').id,
    });
  });

  test('Azure Bot: azurebot, global, the Teams channel, the app endpoint, never MultiTenant', () => {
    for (const scenario of ['shipped', 'alternative'] as const) {
      const s = of(scenario);
      const bot = onlyOfType(s, 'Microsoft.BotService/botServices');
      expect([bot.kind, bot.location, bot.sku?.name]).toEqual(['azurebot', 'global', 'F0']);
      const site = onlyOfType(s, 'Microsoft.Web/sites');
      expect(bot.properties?.endpoint).toBe(`[format('https://{0}/api/messages', reference('${site.id}', '2025-03-01').defaultHostName)]`);
      expect(bot.properties?.msaAppTenantId).toBe(CONTEXT.tenantId);
      expect(JSON.stringify(s)).not.toMatch(/MultiTenant/i);
      const [channel] = resourcesOfType(s, 'Microsoft.BotService/botServices/channels');
      expect([channel?.name.split('/').pop(), channel?.properties]).toEqual([
        'MsTeamsChannel',
        { channelName: 'MsTeamsChannel', properties: { isEnabled: true } },
      ]);
    }
  });

  test('the bot authenticates as the user-assigned identity by default, as the given Entra app when SingleTenant', () => {
    const shipped = of('shipped');
    const identity = onlyOfType(shipped, IDENTITY).id;
    expect(onlyOfType(shipped, 'Microsoft.BotService/botServices').properties).toMatchObject({
      msaAppType: 'UserAssignedMSI',
      msaAppId: `[reference('${identity}', '2024-11-30').clientId]`,
      msaAppMSIResourceId: identity,
    });
    expect(onlyOfType(of('alternative'), 'Microsoft.BotService/botServices').properties).toMatchObject({
      msaAppType: 'SingleTenant',
      msaAppId: BOT_APP_ID,
      msaAppMSIResourceId: null,
    });
  });

  test('exactly one user-assigned identity, and everything in the given location except the global bot', () => {
    const s = of('shipped');
    expect(resourcesOfType(s, IDENTITY)).toHaveLength(1);
    const located = s.predictedResources.filter((r) => r.location !== undefined && !r.type.startsWith('Microsoft.BotService/'));
    expect(located.filter((r) => r.location !== CONTEXT.location).map((r) => r.type)).toEqual([]);
  });

  test('outputs: the names, URLs and ids deploy.sh reads', () => {
    const outputs = of('shipped').outputs ?? {};
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining([
        'functionAppName',
        'functionAppHostName',
        'facadeUrl',
        'jobsUrl',
        'healthUrl',
        'botEndpoint',
        'botAppId',
        'keyVaultName',
        'botName',
        'storageAccountName',
      ]),
    );
    const s = of('shipped');
    expect(outputs.functionAppName).toBe(onlyOfType(s, 'Microsoft.Web/sites').name);
    expect(outputs.keyVaultName).toBe(onlyOfType(s, 'Microsoft.KeyVault/vaults').name);
    expect(outputs.healthUrl).toBe(
      `[format('https://{0}/api/health', reference('${onlyOfType(s, 'Microsoft.Web/sites').id}', '2025-03-01').defaultHostName)]`,
    );
    expect(of('alternative').outputs?.botAppId).toBe(BOT_APP_ID);
  });
});
