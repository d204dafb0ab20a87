import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithTool } from '../support/describeWithTool';
import { ROOT } from './bicepCli';
import { createHarness, OUTPUTS, SIGNED_IN_USER, summary, type Call, type Run } from './deployHarness';

const SECRET = 'not-a-real-secret-Zx9!$`"\\ value';
const BASE = ['-g', 'rg-test', '-l', 'westeurope', '-p', 'test'];

function azCall(run: Run, words: string): Call {
  const call = run.calls.find((c) => c.tool === 'az' && c.args.join(' ').startsWith(words));
  if (!call) throw new Error(`no "az ${words}" call in:\n${summary(run.calls).join('\n')}`);
  return call;
}

function option(call: Call, name: string): string | undefined {
  const i = call.args.indexOf(name);
  return i >= 0 ? call.args[i + 1] : undefined;
}

/** All values given with --parameters, in order. */
function parameters(call: Call): string[] {
  const out: string[] = [];
  let inParams = false;
  for (const a of call.args) {
    if (a === '--parameters') inParams = true;
    else if (a.startsWith('-')) inParams = false;
    else if (inParams) out.push(a);
  }
  return out;
}

const FULL_RUN = [
  'az account show',
  'az group show',
  'az group create',
  'az account show',
  'az ad signed-in-user show',
  'az deployment group create',
  'az keyvault secret set',
  'npm ci',
  'npm run build:bundle',
  'zip',
  'az functionapp deployment source config-zip',
  'curl',
  'zip',
];

describe('infra/deploy.sh against recording stand-ins for az, npm, curl and zip', () => {
  test('first run: group, infrastructure, credential, build, package, deploy, health, Teams zip', () => {
    const h = createHarness();
    const run = h.run(BASE, { AVEPOINT_CREDENTIAL: SECRET, AVEPOINT_CLIENT_ID: 'aaaaaaaa-0000-0000-0000-000000000001' });
    expect(run.stderr).not.toContain('unexpected command');
    expect(run.status).toBe(0);
    expect(summary(run.calls)).toEqual(FULL_RUN);

    const create = azCall(run, 'group create');
    expect([option(create, '--name'), option(create, '--location')]).toEqual(['rg-test', 'westeurope']);

    const deployment = azCall(run, 'deployment group create');
    expect(option(deployment, '--resource-group')).toBe('rg-test');
    expect(option(deployment, '--template-file')).toBe(join(h.repo, 'infra', 'main.bicep'));
    expect(parameters(deployment)).toEqual([
      `@${join(h.repo, 'infra', 'main.parameters.json')}`,
      'namePrefix=test',
      'location=westeurope',
      'avepointCredentialName=avepoint-credential',
      'botCredentialName=bot-app-password',
      `deployerPrincipalId=${SIGNED_IN_USER}`,
      'deployerPrincipalType=User',
      'avepointClientId=aaaaaaaa-0000-0000-0000-000000000001',
    ]);

    const secret = azCall(run, 'keyvault secret set');
    expect([option(secret, '--vault-name'), option(secret, '--name')]).toEqual([OUTPUTS.keyVaultName, 'avepoint-credential']);
    expect(secret.note).toEqual({ fileContent: SECRET }); // the value went through a file, byte for byte

    const npmCalls = run.calls.filter((c) => c.tool === 'npm');
    expect(npmCalls.map((c) => c.args.join(' '))).toEqual([expect.stringMatching(/^ci\b/), 'run build:bundle']);
    expect(npmCalls.every((c) => c.cwd === h.repo)).toBe(true);

    // The esbuild bundle carries its dependencies: the package is the bundle folder, without node_modules.
    const [appZip, teamsZip] = run.calls.filter((c) => c.tool === 'zip');
    expect(appZip?.cwd).toBe(join(h.repo, 'dist', 'bundle'));
    expect(appZip?.args.filter((a) => !a.startsWith('-'))).toEqual([join(h.repo, 'dist', 'deploy', 'app.zip'), 'dist', 'host.json', 'package.json']);
    expect(appZip?.note).toMatchObject({ cwdEntries: ['dist', 'host.json', 'package.json'], nodeModules: [] });
    expect(teamsZip?.args.filter((a) => !a.startsWith('-'))).toEqual([join(h.repo, 'dist', 'deploy', 'teams-app.zip'), 'manifest.json', 'color.png', 'outline.png']);

    const zipDeploy = azCall(run, 'functionapp deployment source config-zip');
    expect([option(zipDeploy, '--resource-group'), option(zipDeploy, '--name'), option(zipDeploy, '--src')]).toEqual([
      'rg-test',
      OUTPUTS.functionAppName,
      join(h.repo, 'dist', 'deploy', 'app.zip'),
    ]);
    expect(zipDeploy.note).toEqual({ srcExists: true });

    const curl = run.calls.find((c) => c.tool === 'curl');
    expect(curl?.args[curl.args.length - 1]).toBe(OUTPUTS.healthUrl);

    expect(run.stdout).toContain(OUTPUTS.facadeUrl);
    expect(run.stdout).toContain(`az functionapp keys list --resource-group rg-test --name ${OUTPUTS.functionAppName}`);
    expect(run.stdout).toContain(join(h.repo, 'dist', 'deploy', 'teams-app.zip'));
  });

  test('the secret never appears on a command line or in the output', () => {
    const h = createHarness();
    const run = h.run(BASE, { AVEPOINT_CREDENTIAL: SECRET });
    expect(run.status).toBe(0);
    for (const call of run.calls) expect(call.args.join(' ')).not.toContain('not-a-real-secret');
    expect(run.stdout + run.stderr).not.toContain('not-a-real-secret');
  });

  test('the Teams manifest is filled with the bot id and host, and stays valid JSON', () => {
    const h = createHarness();
    expect(h.run(BASE).status).toBe(0);
    const text = readFileSync(join(h.repo, 'dist', 'deploy', 'teams', 'manifest.json'), 'utf8');
    expect(text).not.toMatch(/\$\{\{/);
    const manifest = JSON.parse(text) as { id: string; bots: { botId: string }[]; validDomains: string[]; developer: { websiteUrl: string } };
    expect(manifest.id).toBe(OUTPUTS.botAppId);
    expect(manifest.bots[0]?.botId).toBe(OUTPUTS.botAppId);
    expect(manifest.validDomains).toEqual([OUTPUTS.functionAppHostName]);
    expect(manifest.developer.websiteUrl).toBe(`https://${OUTPUTS.functionAppHostName}/`);
    for (const icon of ['color.png', 'outline.png']) expect(existsSync(join(h.repo, 'dist', 'deploy', 'teams', icon))).toBe(true);
  });

  test('a second run converges: no group creation, same deployment, no credential when none is given', () => {
    const h = createHarness();
    const first = h.run(BASE, { AVEPOINT_CREDENTIAL: SECRET });
    const second = h.run(BASE);
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    expect(summary(second.calls)).toEqual(
      FULL_RUN.filter((c) => c !== 'az group create').map((c) => (c === 'az keyvault secret set' ? 'az keyvault secret show' : c)),
    );
    expect(azCall(second, 'deployment group create').args).toEqual(azCall(first, 'deployment group create').args);
    expect(second.stderr).toContain('No AvePoint credential given');
  });

  test('without a credential and without a stored secret, the run warns that AvePoint calls will fail', () => {
    const h = createHarness();
    const run = h.run(BASE);
    expect(run.status).toBe(0);
    expect(summary(run.calls)).toContain('az keyvault secret show');
    expect(summary(run.calls)).not.toContain('az keyvault secret set');
    expect(run.stderr).toMatch(/WARNING: kv-test-abc has no secret avepoint-credential yet/);
  });

  test('a run that leaves the placeholder AvePoint client id warns about it', () => {
    const h = createHarness();
    expect(h.run(BASE).stderr).toMatch(/WARNING: avepointClientId is the placeholder/);
    expect(h.run(BASE, { AVEPOINT_CLIENT_ID: 'aaaaaaaa-0000-0000-0000-000000000001' }).stderr).not.toMatch(/placeholder/);
    expect(h.run([...BASE, '--parameter', 'avepointClientId=aaaaaaaa-0000-0000-0000-000000000001']).stderr).not.toMatch(/placeholder/);
  });

  test('config-zip is retried after a failure (role assignments still propagating)', () => {
    const h = createHarness();
    const run = h.run(BASE, { STUB_ZIP_FAILURES: '2' });
    expect(run.status).toBe(0);
    expect(summary(run.calls).filter((c) => c.endsWith('config-zip'))).toHaveLength(3);
    expect(run.stderr).toMatch(/config-zip failed \(attempt 1 of 5/);
  });

  test('config-zip gives up after DEPLOY_ATTEMPTS failures and the script fails', () => {
    const h = createHarness();
    const run = h.run(BASE, { STUB_ZIP_FAILURES: '9', DEPLOY_ATTEMPTS: '3' });
    expect(run.status).not.toBe(0);
    expect(summary(run.calls).filter((c) => c.endsWith('config-zip'))).toHaveLength(3);
    expect(run.calls.some((c) => c.tool === 'curl')).toBe(false);
    expect(run.stderr).toMatch(/failed after 3 attempts/);
  });

  test('setting the secret is retried while the new Key Vault role assignment propagates', () => {
    const h = createHarness();
    const run = h.run(BASE, { AVEPOINT_CREDENTIAL: SECRET, STUB_SECRET_FAILURES: '1' });
    expect(run.status).toBe(0);
    expect(summary(run.calls).filter((c) => c === 'az keyvault secret set')).toHaveLength(2);
  });

  test('a credential file is passed to Key Vault as a file', () => {
    const h = createHarness();
    const pem = join(h.state, 'cert.pem');
    writeFileSync(pem, '-----BEGIN PRIVATE KEY-----\nstand-in\n-----END PRIVATE KEY-----\n');
    const run = h.run([...BASE, '--credential-file', pem, '--parameter', 'avepointCredentialKind=certificate']);
    expect(run.status).toBe(0);
    expect(option(azCall(run, 'keyvault secret set'), '--file')).toBe(pem);
    expect(parameters(azCall(run, 'deployment group create'))).toContain('avepointCredentialKind=certificate');
  });

  test('the health wait is bounded and polls until 200', () => {
    const h = createHarness();
    const ok = h.run(BASE, { STUB_HEALTH_FAILURES: '2' });
    expect(ok.status).toBe(0);
    expect(ok.calls.filter((c) => c.tool === 'curl')).toHaveLength(3);
    const h2 = createHarness();
    const late = h2.run(BASE, { STUB_HEALTH_FAILURES: '1000', HEALTH_TIMEOUT: '0' });
    expect(late.status).not.toBe(0);
    expect(late.stderr).toMatch(/did not answer 200/);
  });

  test('--what-if runs az deployment group what-if and changes nothing', () => {
    const h = createHarness();
    h.run(BASE); // the group exists now
    const run = h.run([...BASE, '--what-if']);
    expect(run.status).toBe(0);
    expect(summary(run.calls)).toEqual(['az account show', 'az group show', 'az account show', 'az ad signed-in-user show', 'az deployment group what-if']);
    const whatIf = azCall(run, 'deployment group what-if');
    expect(option(whatIf, '--template-file')).toBe(join(h.repo, 'infra', 'main.bicep'));
    expect(parameters(whatIf)).toContain('namePrefix=test');
  });

  test('--what-if on a missing resource group creates nothing', () => {
    const h = createHarness();
    const run = h.run([...BASE, '--what-if']);
    expect(run.status).toBe(0);
    expect(summary(run.calls)).toEqual(['az account show', 'az group show']);
    expect(run.stderr).toMatch(/does not exist/);
  });

  test('--skip-app deploys infrastructure and credential, restarts for the new secret, builds nothing', () => {
    const h = createHarness();
    const run = h.run([...BASE, '--skip-app'], { AVEPOINT_CREDENTIAL: SECRET });
    expect(run.status).toBe(0);
    expect(run.calls.some((c) => c.tool === 'npm' || c.tool === 'curl')).toBe(false);
    expect(summary(run.calls)).toContain('az functionapp restart');
  });

  test('a service principal login is resolved through az ad sp show', () => {
    const h = createHarness();
    const run = h.run(BASE, { STUB_USER_TYPE: 'servicePrincipal' });
    expect(run.status).toBe(0);
    expect(parameters(azCall(run, 'deployment group create'))).toEqual(
      expect.arrayContaining(['deployerPrincipalId=33333333-3333-3333-3333-333333333333', 'deployerPrincipalType=ServicePrincipal']),
    );
  });

  test('missing required arguments fail before any az call', () => {
    const h = createHarness();
    const run = h.run(['-g', 'rg-test']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/name prefix is required/);
    expect(run.calls).toEqual([]);
  });

  test('a new resource group without a location is refused', () => {
    const h = createHarness();
    const run = h.run(['-g', 'rg-test', '-p', 'test']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/give a location/);
  });

  test('starts with set -euo pipefail', () => {
    expect(readFileSync(join(ROOT, 'infra', 'deploy.sh'), 'utf8')).toMatch(/^#!\/usr\/bin\/env bash\n(#.*\n)*set -euo pipefail$/m);
  });
});

// shellcheck is optional on a developer's machine; CI installs it (.ci/run), so there a missing one fails.
describeWithTool('infra/deploy.sh under shellcheck', spawnSync('shellcheck', ['--version']).status === 0 ? undefined : 'shellcheck not found; install it with: apt-get install shellcheck', () => {
  test('shellcheck finds nothing', () => {
    const result = spawnSync('shellcheck', ['--severity=style', join(ROOT, 'infra', 'deploy.sh')], { encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
