import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cached, diagnostics, INFRA, MAIN, runBicep, type BicepCli } from './bicepCli';

/** What the Bicep CLI makes of infra/: the compiled ARM template and snapshots of what ARM would create. */

export interface ArmTemplate {
  parameters?: Record<string, { type: string; metadata?: { description?: string }; defaultValue?: unknown }>;
  variables?: Record<string, unknown>;
  resources: ArmResource[];
  outputs?: Record<string, { type: string; value: unknown }>;
}

export interface ArmResource {
  type: string;
  apiVersion: string;
  name: string;
  properties?: { template?: ArmTemplate } & Record<string, unknown>;
  [key: string]: unknown;
}

/** `bicep build infra/main.bicep`: the ARM JSON template, and the diagnostics the build printed. */
export function build(cli: BicepCli): { template: ArmTemplate; diagnostics: string[] } {
  return cached(cli, 'build', () => {
    const r = runBicep(cli, ['build', MAIN, '--stdout']);
    if (r.status !== 0) throw new Error(`bicep build failed:\n${r.stderr}`);
    return { template: JSON.parse(r.stdout) as ArmTemplate, diagnostics: diagnostics(r.stderr) };
  });
}

/** The module templates nested in a compiled template (Microsoft.Resources/deployments), by deployment name. */
export function moduleTemplates(template: ArmTemplate): Map<string, ArmTemplate> {
  return new Map(
    template.resources
      .filter((r) => r.type === 'Microsoft.Resources/deployments' && r.properties?.template)
      .map((r) => [r.name, r.properties!.template!]),
  );
}

/** Where the snapshots are taken: fixed ids, so resource ids and uniqueString() names are stable. */
export const CONTEXT = {
  subscriptionId: '00000000-0000-0000-0000-00000000aaaa',
  tenantId: '00000000-0000-0000-0000-00000000bbbb',
  resourceGroup: 'rg-test',
  location: 'westeurope',
};

export interface PredictedResource {
  id: string;
  type: string;
  name: string;
  apiVersion: string;
  location?: string;
  kind?: string;
  sku?: { name: string; tier?: string };
  identity?: { type: string; userAssignedIdentities?: Record<string, unknown> };
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Snapshot {
  predictedResources: PredictedResource[];
  diagnostics: unknown[];
  outputs?: Record<string, unknown>;
}

/** A Bicep literal for a JSON value (the parameters of a .bicepparam file). */
function bicepLiteral(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(bicepLiteral).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `'${k}': ${bicepLiteral(v)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/**
 * `bicep snapshot`: the resources ARM would be asked to create for these parameters, every
 * expression Bicep can evaluate before deployment evaluated (names, ids, app settings). Values only
 * known at deployment time (a principal id, an endpoint) stay as ARM expressions `[reference(…)…]`.
 */
export function snapshot(cli: BicepCli, parameters: Record<string, unknown>): Snapshot {
  const lines = Object.entries(parameters).map(([k, v]) => `param ${k} = ${bicepLiteral(v)}`);
  return cached(cli, `snapshot\n${lines.join('\n')}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'bicep-snapshot-'));
    const params = join(dir, 'test.bicepparam');
    writeFileSync(params, [`using '${relative(dir, MAIN)}'`, ...lines, ''].join('\n'));
    const r = runBicep(cli, [
      'snapshot',
      params,
      '--mode',
      'overwrite',
      '--subscription-id',
      CONTEXT.subscriptionId,
      '--tenant-id',
      CONTEXT.tenantId,
      '--resource-group',
      CONTEXT.resourceGroup,
      '--location',
      CONTEXT.location,
    ]);
    if (r.status !== 0) throw new Error(`bicep snapshot failed:\n${r.stdout}${r.stderr}`);
    return JSON.parse(readFileSync(join(dir, 'test.snapshot.json'), 'utf8')) as Snapshot;
  });
}

/** The parameters main.parameters.json ships, plus what deploy.sh always adds. */
export function shippedParameters(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const file = JSON.parse(readFileSync(join(INFRA, 'main.parameters.json'), 'utf8')) as { parameters: Record<string, { value: unknown }> };
  const shipped = Object.fromEntries(Object.entries(file.parameters).map(([k, v]) => [k, v.value]));
  return { ...shipped, namePrefix: 'test', location: CONTEXT.location, deployerPrincipalId: '', ...extra };
}

export const BOT_APP_ID = '44444444-4444-4444-4444-444444444444';
export const DEPLOYER = '55555555-5555-5555-5555-555555555555';

/** Two deployments that between them take every branch of the templates. */
export const SCENARIOS = {
  /** What a first `infra/deploy.sh` run sends: client secret, managed-identity bot, data centre us. */
  shipped: shippedParameters({ avepointClientId: 'aaaaaaaa-0000-0000-0000-000000000001', deployerPrincipalId: DEPLOYER }),
  /** The other side of every switch: certificate, SingleTenant bot, FedRAMP, own secret names, tenant list. */
  alternative: shippedParameters({
    avepointDataCenter: 'fedramp',
    avepointCredentialKind: 'certificate',
    avepointCredentialName: 'my-avepoint-pem',
    botAppType: 'SingleTenant',
    botAppId: BOT_APP_ID,
    botCredentialName: 'my-bot-password',
    botAllowedTenants: ['66666666-6666-6666-6666-666666666666', '77777777-7777-7777-7777-777777777777'],
    keyVaultPurgeProtection: true,
    publicBaseUrl: 'https://jobs.contoso.example',
    backupRpoHours: 12,
  }),
};

export type Scenario = keyof typeof SCENARIOS;

export function resourcesOfType(s: Snapshot, type: string): PredictedResource[] {
  return s.predictedResources.filter((r) => r.type.toLowerCase() === type.toLowerCase());
}

export function onlyOfType(s: Snapshot, type: string): PredictedResource {
  const found = resourcesOfType(s, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0]!;
}

/** The function app's app settings by name, as ARM receives them. */
export function appSettings(s: Snapshot): Map<string, string> {
  const site = onlyOfType(s, 'Microsoft.Web/sites');
  const list = (site.properties?.siteConfig as { appSettings: { name: string; value: string }[] }).appSettings;
  return new Map(list.map((e) => [e.name, e.value]));
}

/** `[reference('<id>', '<apiVersion>').<path>]` → { id, path }, for values only known at deployment. */
export function referenceTo(expression: string | undefined): { id: string; path: string } | undefined {
  const m = /^\[reference\('([^']+)', '[^']+'\)\.([\w.]+)\]$/.exec(expression ?? '');
  return m ? { id: m[1]!, path: m[2]! } : undefined;
}

/** The ARM resource id of a resource in the snapshot's resource group. */
export function resourceId(type: string, ...names: string[]): string {
  const [provider, ...types] = type.split('/');
  const segments = types.map((t, i) => `${t}/${names[i]}`).join('/');
  return `/subscriptions/${CONTEXT.subscriptionId}/resourceGroups/${CONTEXT.resourceGroup}/providers/${provider}/${segments}`;
}
