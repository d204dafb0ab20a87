import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithTool } from '../support/describeWithTool';
import { ROOT } from './bicepCli';
import { createHarness, OUTPUTS, SIGNED_IN_USER, summary, type Call, type Run } from './deployHarness';

// Each case runs the whole script (dozens of processes) up to three times; on a busy two-core CI
// machine that can take longer than jest's default 30 s without anything being wrong.
jest.setTimeout(90_000);

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
  'az version',
  'az account show',
  'az group show',
  'az account show',
  'az ad signed-in-user show',
  'npm ci',
  'npm run build:bundle',
  'zip',
  'az group create',
  'az deployment group create',
  'az keyvault secret set',
  'az functionapp deployment source config-zip',
  'az functionapp restart',
  'curl',
  'zip',
];

/** What a run may do before it creates anything: read, never write. */
const READ_ONLY = /^az (version|account show|group show|deployment group show|ad signed-in-user show|ad sp show|deployment group what-if)$/;

const PEM = '-----BEGIN PRIVATE KEY-----\nstand-in\n-----END PRIVATE KEY-----\n';
const UNHEALTHY_TOKEN = '{"status":"unhealthy","upstream":{"token":"failed","api":"failed","latencyMs":12}}';

/** The parameters the stand-in deployment recorded, as `az deployment group show` reports them. */
function deployed(h: ReturnType<typeof createHarness>): Record<string, string> {
  const parameters = JSON.parse(readFileSync(join(h.state, 'deployment.json'), 'utf8')) as Record<string, { value: string }>;
  return Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v.value]));
}

describe('infra/deploy.sh against recording stand-ins for az, npm, curl and zip', () => {
  test('first run: checks, build, group, infrastructure, credential, upload, restart, host up, Teams zip', () => {
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
    expect(appZip?.args.filter((a) => !a.startsWith('-'))).toEqual([
      join(h.repo, 'dist', 'deploy', 'app.zip'),
      'dist',
      'host.json',
      'package.json',
    ]);
    expect(appZip?.note).toMatchObject({ cwdEntries: ['dist', 'host.json', 'package.json'], nodeModules: [] });
    expect(teamsZip?.args.filter((a) => !a.startsWith('-'))).toEqual([
      join(h.repo, 'dist', 'deploy', 'teams-app.zip'),
      'manifest.json',
      'color.png',
      'outline.png',
    ]);

    const zipDeploy = azCall(run, 'functionapp deployment source config-zip');
    expect([
      option(zipDeploy, '--resource-group'),
      option(zipDeploy, '--name'),
      option(zipDeploy, '--src'),
      option(zipDeploy, '--timeout'),
    ]).toEqual(['rg-test', OUTPUTS.functionAppName, join(h.repo, 'dist', 'deploy', 'app.zip'), '900']);
    expect(zipDeploy.note).toEqual({ srcExists: true });
    expect(run.stderr).toMatch(/Restarting func-test-abc so its Key Vault references read the new secret/);

    const curl = run.calls.find((c) => c.tool === 'curl');
    expect(curl?.args[curl.args.length - 1]).toBe(OUTPUTS.healthUrl);
    // Longer than the app's own 10 s bound on an upstream call.
    expect(Number(option(curl!, '--max-time'))).toBeGreaterThan(10);

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
    const manifest = JSON.parse(text) as {
      id: string;
      bots: { botId: string }[];
      validDomains: string[];
      developer: { websiteUrl: string };
    };
    expect(manifest.id).toBe(OUTPUTS.botAppId);
    expect(manifest.bots[0]?.botId).toBe(OUTPUTS.botAppId);
    expect(manifest.validDomains).toEqual([OUTPUTS.functionAppHostName]);
    expect(manifest.developer.websiteUrl).toBe(`https://${OUTPUTS.functionAppHostName}/`);
    for (const icon of ['color.png', 'outline.png']) expect(existsSync(join(h.repo, 'dist', 'deploy', 'teams', icon))).toBe(true);
  });

  test('without an API key registration id, the Teams app is packaged without the Copilot agent, and the output says how to add it', () => {
    const h = createHarness();
    const run = h.run(BASE);
    expect(run.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(h.repo, 'dist', 'deploy', 'teams', 'manifest.json'), 'utf8'));
    expect(manifest.copilotAgents).toBeUndefined();
    expect(manifest.composeExtensions[0].messageHandlers[0].value.domains).toEqual([OUTPUTS.functionAppHostName]);
    expect(run.stdout).toMatch(/without the Copilot agent: register the function key .* JOBS_API_KEY_REGISTRATION_ID=<its id>/);
  });

  test('with one, the package holds the agent, its plugin filled with the id, the cards and the OpenAPI document the app serves', () => {
    const h = createHarness();
    const run = h.run(BASE, { JOBS_API_KEY_REGISTRATION_ID: 'reg-id-123' });
    expect(run.status).toBe(0);
    const teams = join(h.repo, 'dist', 'deploy', 'teams');
    expect(JSON.parse(readFileSync(join(teams, 'manifest.json'), 'utf8')).copilotAgents.declarativeAgents).toHaveLength(1);
    const plugin = readFileSync(join(teams, 'ai-plugin.json'), 'utf8');
    expect(plugin).not.toMatch(/\$\{\{/);
    expect(JSON.parse(plugin).runtimes[0].auth).toEqual({ type: 'ApiKeyPluginVault', reference_id: 'reg-id-123' });
    const fetched = run.calls.filter((c) => c.tool === 'curl').map((c) => c.args[c.args.length - 1]);
    expect(fetched).toContain(`https://${OUTPUTS.functionAppHostName}/api/openapi.json`);
    const teamsZip = run.calls.filter((c) => c.tool === 'zip')[1];
    expect(teamsZip?.args.filter((a) => !a.startsWith('-')).slice(1)).toEqual([
      'manifest.json',
      'color.png',
      'outline.png',
      'declarativeAgent.json',
      'ai-plugin.json',
      'openapi.json',
      'adaptiveCards',
    ]);
    for (const file of ['openapi.json', 'adaptiveCards/job.json', 'adaptiveCards/summary.json'])
      expect(existsSync(join(teams, file))).toBe(true);
  });

  test('a second run converges: no group creation, the previous parameters kept, no credential or restart when none is given', () => {
    const h = createHarness();
    const first = h.run(BASE, { AVEPOINT_CREDENTIAL: SECRET });
    const second = h.run(BASE);
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    expect(summary(second.calls)).toEqual(
      FULL_RUN.filter((c) => c !== 'az group create' && c !== 'az functionapp restart')
        .map((c) => (c === 'az keyvault secret set' ? 'az keyvault secret show' : c))
        .flatMap((c) => (c === 'az group show' ? [c, 'az deployment group show'] : [c])),
    );
    expect(parameters(azCall(second, 'deployment group create'))[1]).toMatch(/^@.*previous\.parameters\.json$/);
    expect(second.stderr).toContain('No AvePoint credential given');
    expect(second.stderr).toContain('Keeping the parameters of the previous deployment');
  });

  test("rotation is one command: the first run's client id, data centre and certificate kind stay, the secret is replaced and the app restarted", () => {
    const h = createHarness();
    const pem = join(h.state, 'cert.pem');
    writeFileSync(pem, PEM);
    const first = h.run([...BASE, '--credential-file', pem, '--parameter', 'avepointCredentialKind=certificate'], {
      AVEPOINT_CLIENT_ID: 'aaaaaaaa-0000-0000-0000-000000000001',
      AVEPOINT_DATA_CENTER: 'de',
    });
    expect(first.status).toBe(0);
    const rotated = join(h.state, 'rotated.pem');
    writeFileSync(rotated, PEM.replace('stand-in', 'rotated'));
    const rotation = h.run(['-g', 'rg-test', '-p', 'test', '--skip-app', '--credential-file', rotated]);
    expect(rotation.stderr).not.toContain('unexpected command');
    expect(rotation.status).toBe(0);
    expect(deployed(h)).toMatchObject({
      avepointClientId: 'aaaaaaaa-0000-0000-0000-000000000001',
      avepointDataCenter: 'de',
      avepointCredentialKind: 'certificate',
    });
    const secret = azCall(rotation, 'keyvault secret set');
    expect([option(secret, '--name'), secret.note]).toEqual(['avepoint-credential', { fileContent: PEM.replace('stand-in', 'rotated') }]);
    expect(summary(rotation.calls)).toEqual(expect.arrayContaining(['az functionapp restart', 'curl']));
    expect(rotation.calls.some((c) => c.tool === 'npm')).toBe(false);
    expect(rotation.stderr).not.toMatch(/placeholder/);
  });

  test('a PEM given while the credential kind is secret fails before anything is created, naming the parameter', () => {
    const h = createHarness();
    const pem = join(h.state, 'cert.pem');
    writeFileSync(pem, PEM);
    const run = h.run([...BASE, '--credential-file', pem]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/--parameter avepointCredentialKind=certificate/);
    expect(summary(run.calls).filter((c) => !READ_ONLY.test(c))).toEqual([]);
  });

  test('--parameter avepointCredentialName / botCredentialName: the script writes the secrets the app settings name', () => {
    const h = createHarness();
    const run = h.run(
      [
        ...BASE,
        '--parameter',
        'avepointCredentialName=my-avepoint',
        '--parameter',
        'botAppType=SingleTenant',
        '--parameter',
        `botAppId=${OUTPUTS.botAppId}`,
        '--parameter',
        'botCredentialName=my-bot',
      ],
      { AVEPOINT_CREDENTIAL: SECRET, BOT_APP_PASSWORD: 'bot-password-value' },
    );
    expect(run.status).toBe(0);
    const names = run.calls.filter((c) => c.args.join(' ').startsWith('keyvault secret set')).map((c) => option(c, '--name'));
    expect(names).toEqual(['my-avepoint', 'my-bot']);
    expect(deployed(h)).toMatchObject({ avepointCredentialName: 'my-avepoint', botCredentialName: 'my-bot' });
  });

  test('SingleTenant without a bot app id fails before anything is created, naming botAppId', () => {
    const h = createHarness();
    const run = h.run([...BASE, '--parameter', 'botAppType=SingleTenant']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/botAppType is SingleTenant but botAppId is empty: add --parameter botAppId=/);
    expect(summary(run.calls).filter((c) => !READ_ONLY.test(c))).toEqual([]);
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
    expect(createHarness().run(BASE, { AVEPOINT_CLIENT_ID: 'aaaaaaaa-0000-0000-0000-000000000001' }).stderr).not.toMatch(/placeholder/);
    expect(createHarness().run([...BASE, '--parameter', 'avepointClientId=aaaaaaaa-0000-0000-0000-000000000001']).stderr).not.toMatch(
      /placeholder/,
    );
  });

  test('a health answer of 503 (AvePoint not reachable yet) is a warning with what to do, and the Teams package is still written', () => {
    const h = createHarness();
    const run = h.run(BASE, { STUB_HEALTH_BODY: UNHEALTHY_TOKEN });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /WARNING: the app runs, but AvePoint gave it no token \(HTTP 503\)\. Check the client id \(avepointClientId=00000000-0000-0000-0000-000000000000\)/,
    );
    expect(run.stderr).toMatch(/infra\/deploy\.sh -g rg-test -p test --skip-app --credential-file <file>/);
    expect(run.stdout).toMatch(/WARNING: the app runs, but AvePoint gave it no token/);
    expect(existsSync(join(h.repo, 'dist', 'deploy', 'teams-app.zip'))).toBe(true);
  });

  test("the health wait polls past the platform's own pages until the app answers, and is bounded", () => {
    const h = createHarness();
    const ok = h.run(BASE, { STUB_HEALTH_FAILURES: '2' });
    expect(ok.status).toBe(0);
    expect(ok.calls.filter((c) => c.tool === 'curl')).toHaveLength(3);
    const late = createHarness().run(BASE, { STUB_HEALTH_FAILURES: '1000', HEALTH_TIMEOUT: '0' });
    expect(late.status).not.toBe(0);
    expect(late.stderr).toMatch(/the app did not come up: .* gave no health answer within 0s \(last HTTP status 503\)/);
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

  test('a hanging upload is stopped after UPLOAD_TIMEOUT and reported', () => {
    const h = createHarness();
    const started = Date.now();
    const run = h.run(BASE, { STUB_ZIP_HANG: '1', UPLOAD_TIMEOUT: '2' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(
      /The upload of .*app\.zip to func-test-abc did not finish within 2s and was stopped; check the network path/,
    );
    expect(run.calls.some((c) => c.tool === 'curl')).toBe(false);
    expect(Date.now() - started).toBeLessThan(30_000);
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
    writeFileSync(pem, PEM);
    const run = h.run([...BASE, '--credential-file', pem, '--parameter', 'avepointCredentialKind=certificate']);
    expect(run.status).toBe(0);
    expect(option(azCall(run, 'keyvault secret set'), '--file')).toBe(pem);
    expect(parameters(azCall(run, 'deployment group create'))).toContain('avepointCredentialKind=certificate');
  });

  test('--what-if runs az deployment group what-if, reads only, and builds nothing', () => {
    const h = createHarness();
    h.run(BASE); // the group exists now
    rmSync(join(h.repo, 'dist'), { recursive: true, force: true });
    const run = h.run([...BASE, '--what-if']);
    expect(run.status).toBe(0);
    expect(summary(run.calls)).toEqual([
      'az version',
      'az account show',
      'az group show',
      'az deployment group show',
      'az account show',
      'az ad signed-in-user show',
      'az deployment group what-if',
    ]);
    expect(summary(run.calls).every((c) => READ_ONLY.test(c))).toBe(true);
    expect(existsSync(join(h.repo, 'dist'))).toBe(false);
    const whatIf = azCall(run, 'deployment group what-if');
    expect(option(whatIf, '--template-file')).toBe(join(h.repo, 'infra', 'main.bicep'));
    expect(parameters(whatIf)).toContain('namePrefix=test');
  });

  test('--what-if on a missing resource group says that nothing could be checked, and exits 2', () => {
    const h = createHarness();
    const run = h.run([...BASE, '--what-if']);
    expect(run.status).toBe(2);
    expect(summary(run.calls)).toEqual(['az version', 'az account show', 'az group show']);
    expect(run.stderr).toMatch(
      /Resource group rg-test does not exist, so what-if cannot preview anything: .* Nothing was checked or changed\./,
    );
  });

  test('--skip-app deploys infrastructure and credential, restarts for the new secret and waits for the host, builds nothing', () => {
    const h = createHarness();
    const run = h.run([...BASE, '--skip-app'], { AVEPOINT_CREDENTIAL: SECRET });
    expect(run.status).toBe(0);
    expect(run.calls.some((c) => c.tool === 'npm')).toBe(false);
    expect(summary(run.calls).slice(-3)).toEqual(['az functionapp restart', 'curl', 'zip']);
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

  test('a missing tool fails before any az call, naming it', () => {
    for (const tool of ['zip', 'curl', 'npm'] as const) {
      const run = createHarness().run(BASE, {}, { hide: [tool] });
      expect({ tool, status: run.status, stderr: run.stderr }).toMatchObject({
        tool,
        status: 1,
        stderr: expect.stringContaining(`missing on PATH: ${tool}`),
      });
      expect(run.calls).toEqual([]);
    }
  });

  test('an old Azure CLI or Node fails before anything is read or created', () => {
    const oldAz = createHarness().run(BASE, { STUB_AZ_VERSION: '2.50.0' });
    expect(oldAz.status).not.toBe(0);
    expect(oldAz.stderr).toMatch(/Azure CLI 2\.50\.0 is too old: 2\.67\.0 or newer is needed/);
    expect(summary(oldAz.calls)).toEqual(['az version']);
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

  test('uses only what bash 3.2 (macOS) has: no bash 4 features, no unguarded expansion of a possibly empty array', () => {
    const script = readFileSync(join(ROOT, 'infra', 'deploy.sh'), 'utf8');
    for (const bash4 of [
      /\bdeclare -[AgnlN]/,
      /\blocal -n\b/,
      /\bmapfile\b/,
      /\breadarray\b/,
      /\$\{\w+(,,|\^\^)\}/,
      /&>>/,
      /\|&/,
      /\bcoproc\b/,
      /\bwait -n\b/,
    ]) {
      expect({ bash4: String(bash4), found: bash4.test(script) }).toEqual({ bash4: String(bash4), found: false });
    }
    // Under set -u, bash before 4.4 calls "${a[@]}" of an empty array unbound; ${a[@]+"${a[@]}"} is safe.
    const neverEmpty = ['params', 'package_files']; // params starts with --parameters @file, package_files with manifest.json
    const unguarded = [...script.matchAll(/(?<!\+)"\$\{(\w+)\[@\]\}"/g)].map((m) => m[1]).filter((name) => !neverEmpty.includes(name!));
    expect(unguarded).toEqual([]);
    expect(script).toMatch(/\$\{overrides\[@\]\+"\$\{overrides\[@\]\}"\}/); // the --parameter list, empty without --parameter
  });
});

// shellcheck is optional on a developer's machine; CI installs it (.ci/run), so there a missing one fails.
describeWithTool(
  'infra/deploy.sh under shellcheck',
  spawnSync('shellcheck', ['--version']).status === 0 ? undefined : 'shellcheck not found; install it with: apt-get install shellcheck',
  () => {
    test('shellcheck finds nothing', () => {
      const result = spawnSync('shellcheck', ['--severity=style', join(ROOT, 'infra', 'deploy.sh')], { encoding: 'utf8' });
      expect(result.stdout).toBe('');
      expect(result.status).toBe(0);
    });
  },
);
