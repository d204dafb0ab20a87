import { describeWithTool } from '../support/describeWithTool';
import { SCENARIOS, snapshot } from './bicep';
import { findBicep, type BicepCli } from './bicepCli';

/**
 * Reviewed resource types and API versions: the newest stable version the pinned Bicep CLI
 * (0.49.2) has type information for, which use-recent-api-versions accepts whatever the date.
 * Insights components 2020-02-02 is the newest stable with DisableLocalAuth; BotService 2022-09-15
 * the newest non-preview, with msaAppType UserAssignedMSI / msaAppMSIResourceId. Adding a resource
 * or bumping a version means reviewing it here.
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

const found = findBicep();

describeWithTool('resource API versions, as deployed', typeof found === 'string' ? found : undefined, () => {
  const used = () => {
    const cli = found as BicepCli;
    const all = Object.values(SCENARIOS).flatMap((p) => snapshot(cli, p).predictedResources);
    return new Set(all.map((r) => `${r.type}@${r.apiVersion}`));
  };

  test('every type@apiVersion is on the reviewed allowlist, and the allowlist holds nothing unused', () => {
    const deployed = used();
    expect([...deployed].filter((u) => !reviewed.includes(u))).toEqual([]);
    expect(reviewed.filter((r) => !deployed.has(r))).toEqual([]);
  });

  test('no preview API versions', () => {
    expect([...used()].filter((u) => /preview/i.test(u))).toEqual([]);
  });
});
