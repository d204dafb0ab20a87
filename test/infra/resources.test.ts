import { allNodes, at, declarations, literal, parseAll, parseModule, resources, resourcesOfType } from './bicep';

const role = {
  blobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3',
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88',
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6',
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb',
};

describe('storage account', () => {
  test('shared keys off, TLS 1.2, no public blob access, private deployment container', async () => {
    const file = await parseModule('storage');
    const [account] = resourcesOfType(file, 'Microsoft.Storage/storageAccounts');
    expect(at(account?.body, 'properties.allowSharedKeyAccess')?.text).toBe('false');
    expect(at(account?.body, 'properties.allowBlobPublicAccess')?.text).toBe('false');
    expect(literal(at(account?.body, 'properties.minimumTlsVersion'))).toBe('TLS1_2');
    const [container] = resourcesOfType(file, 'Microsoft.Storage/storageAccounts/blobServices/containers');
    expect(literal(at(container?.body, 'properties.publicAccess'))).toBe('None');
  });

  test('blob and table endpoints and the container URL are outputs', async () => {
    const names = declarations(await parseModule('storage'), 'output_declaration').map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['blobEndpoint', 'tableEndpoint', 'deploymentContainerUrl']));
  });

  test('the identity gets Blob Data Owner and Table Data Contributor, and no queue role', async () => {
    const file = await parseModule('appAccess');
    expect(file.source).toContain(role.blobDataOwner);
    expect(file.source).toContain(role.tableDataContributor);
    expect(file.source).not.toContain(role.queueDataContributor);
    expect(file.source).toMatch(/Storage Queue Data Contributor is NOT granted/); // the justification comment
  });
});

describe('role assignments', () => {
  test('every assignment has a guid() name, a role definition and a principal', async () => {
    for (const file of await parseAll()) {
      for (const r of resourcesOfType(file, 'Microsoft.Authorization/roleAssignments')) {
        expect(at(r.body, 'name')?.text).toMatch(/^guid\(/);
        expect(at(r.body, 'properties.roleDefinitionId')).toBeDefined();
        expect(at(r.body, 'properties.principalId')).toBeDefined();
        expect(at(r.body, 'scope')).toBeDefined();
      }
    }
  });

  test('Key Vault Secrets User on the vault and Monitoring Metrics Publisher on App Insights', async () => {
    expect((await parseModule('appAccess')).source).toContain(role.keyVaultSecretsUser);
    expect((await parseModule('appAccess')).source).toContain(role.monitoringMetricsPublisher);
  });
});

describe('Key Vault', () => {
  test('RBAC authorisation and soft delete are on; no access policies', async () => {
    const [vault] = resourcesOfType(await parseModule('keyVault'), 'Microsoft.KeyVault/vaults');
    expect(at(vault?.body, 'properties.enableRbacAuthorization')?.text).toBe('true');
    expect(at(vault?.body, 'properties.enableSoftDelete')?.text).toBe('true');
    expect(at(vault?.body, 'properties.accessPolicies')).toBeUndefined();
  });
});

describe('monitoring', () => {
  test('Application Insights is workspace-based with local auth disabled', async () => {
    const file = await parseModule('monitoring');
    const [ai] = resourcesOfType(file, 'Microsoft.Insights/components');
    expect(at(ai?.body, 'properties.DisableLocalAuth')?.text).toBe('true');
    expect(at(ai?.body, 'properties.WorkspaceResourceId')?.text).toBe('workspace.id');
    expect(resourcesOfType(file, 'Microsoft.OperationalInsights/workspaces')).toHaveLength(1);
  });
});

describe('Azure Bot', () => {
  test('azurebot in the global location, F0 or S1, never MultiTenant', async () => {
    const file = await parseModule('bot');
    const [bot] = resourcesOfType(file, 'Microsoft.BotService/botServices');
    expect(literal(at(bot?.body, 'kind'))).toBe('azurebot');
    expect(literal(at(bot?.body, 'location'))).toBe('global');
    expect(at(bot?.body, 'sku.name')?.text).toBe('sku');
    const params = declarations(file, 'parameter_declaration');
    const allowed = (name: string) =>
      [...(params.find((p) => p.name === name)?.decorators.find((d) => d.startsWith('@allowed(')) ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(allowed('sku')).toEqual(['F0', 'S1']);
    expect(allowed('appType')).toEqual(['UserAssignedMSI', 'SingleTenant']);
    expect(at(bot?.body, 'properties.msaAppType')?.text).toBe('appType');
    expect(at(bot?.body, 'properties.msaAppId')?.text).toBe('appId');
    expect(at(bot?.body, 'properties.msaAppTenantId')?.text).toBe('tenantId');
    expect(at(bot?.body, 'properties.msaAppMSIResourceId')?.text).toBe('isMsi ? identityId : null');
    for (const f of await parseAll()) {
      const strings = allNodes(f.root).filter((n) => n.type === 'string').map((n) => n.text);
      expect(strings.filter((s) => /MultiTenant/i.test(s))).toEqual([]);
    }
  });

  test('UserAssignedMSI is the default and the endpoint is the app /api/messages', async () => {
    const main = await parseModule('main');
    const botAppType = declarations(main, 'parameter_declaration').find((p) => p.name === 'botAppType');
    expect(botAppType?.value?.text).toBe("'UserAssignedMSI'");
    expect(main.source).toContain("endpoint: 'https://${functionApp.outputs.hostName}/api/messages'");
  });

  test('the Teams channel is configured', async () => {
    const [channel] = resourcesOfType(await parseModule('bot'), 'Microsoft.BotService/botServices/channels');
    expect(literal(at(channel?.body, 'name'))).toBe('MsTeamsChannel');
    expect(literal(at(channel?.body, 'properties.channelName'))).toBe('MsTeamsChannel');
  });
});

describe('main.bicep', () => {
  test('outputs names, host, facade URL, bot endpoint and app id, vault name', async () => {
    const names = declarations(await parseModule('main'), 'output_declaration').map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining(['functionAppName', 'functionAppHostName', 'facadeUrl', 'botEndpoint', 'botAppId', 'keyVaultName', 'botName', 'storageAccountName']),
    );
  });

  test('resource-group scope, and every module is used exactly once', async () => {
    const main = await parseModule('main');
    expect(main.source).toMatch(/^targetScope = 'resourceGroup'$/m);
    const modules = main.root.namedChildren.filter((n) => n.type === 'module_declaration').map((n) => literal(n.namedChildren[1]));
    expect(modules.sort()).toEqual(['modules/appAccess.bicep', 'modules/bot.bicep', 'modules/functionApp.bicep', 'modules/identity.bicep', 'modules/keyVault.bicep', 'modules/monitoring.bicep', 'modules/storage.bicep']);
    expect(resources(main)).toEqual([]); // main only wires modules
  });

  test('exactly one user-assigned identity', async () => {
    const created = (await parseAll()).flatMap((f) => resourcesOfType(f, 'Microsoft.ManagedIdentity/userAssignedIdentities'));
    expect(created).toHaveLength(1);
  });
});
