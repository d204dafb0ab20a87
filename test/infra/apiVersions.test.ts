import { parseAll, resources } from './bicep';

/**
 * Reviewed resource types and API versions (checked against learn.microsoft.com/azure/templates,
 * November 2026). Newest stable versions that carry what we use: Microsoft.Web 2024-11-01 has
 * functionAppConfig (Flex Consumption); BotService 2022-09-15 is the newest non-preview and has
 * msaAppType UserAssignedMSI / msaAppMSIResourceId; Insights components 2020-02-02 is the newest
 * stable with DisableLocalAuth. Adding a resource or bumping a version means reviewing it here.
 */
const reviewed = [
  'Microsoft.Authorization/roleAssignments@2022-04-01',
  'Microsoft.BotService/botServices/channels@2022-09-15',
  'Microsoft.BotService/botServices@2022-09-15',
  'Microsoft.Insights/components@2020-02-02',
  'Microsoft.KeyVault/vaults@2026-05-15',
  'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30',
  'Microsoft.OperationalInsights/workspaces@2026-03-01',
  'Microsoft.Storage/storageAccounts/blobServices/containers@2026-09-01',
  'Microsoft.Storage/storageAccounts/blobServices@2026-09-01',
  'Microsoft.Storage/storageAccounts@2026-09-01',
  'Microsoft.Web/serverfarms@2025-03-01',
  'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01',
  'Microsoft.Web/sites@2025-03-01',
];

describe('resource API versions', () => {
  test('every type@apiVersion is on the reviewed allowlist', async () => {
    const used = new Set((await parseAll()).flatMap((f) => resources(f).map((r) => `${r.type}@${r.apiVersion}`)));
    expect([...used].filter((u) => !reviewed.includes(u))).toEqual([]);
  });

  test('the allowlist holds nothing unused (so it stays reviewed, not accumulated)', async () => {
    const used = new Set((await parseAll()).flatMap((f) => resources(f).map((r) => `${r.type}@${r.apiVersion}`)));
    expect(reviewed.filter((r) => !used.has(r))).toEqual([]);
  });

  test('no preview API versions', async () => {
    for (const file of await parseAll()) {
      for (const r of resources(file)) expect(`${r.type}@${r.apiVersion}`).not.toMatch(/preview/i);
    }
  });
});
