import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './bicepCli';

/**
 * Runs infra/deploy.sh in a throw-away copy of the repository, with recording stand-ins for
 * az, npm, curl and zip on PATH. Each stand-in appends { tool, args, cwd } to calls.jsonl and
 * answers like the real tool would for the calls the script makes.
 */

export interface Call {
  tool: 'az' | 'npm' | 'curl' | 'zip';
  args: string[];
  cwd: string;
  /** Extra facts the stand-in recorded (e.g. the files a zip saw). */
  note?: unknown;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  calls: Call[];
}

export const OUTPUTS = {
  resourceGroupName: 'rg-test',
  functionAppName: 'func-test-abc',
  functionAppHostName: 'func-test-abc.azurewebsites.net',
  facadeUrl: 'https://func-test-abc.azurewebsites.net/api/OpenApi/GetJobs',
  jobsUrl: 'https://func-test-abc.azurewebsites.net/api/jobs',
  healthUrl: 'https://func-test-abc.azurewebsites.net/api/health',
  botName: 'bot-test-abc',
  botEndpoint: 'https://func-test-abc.azurewebsites.net/api/messages',
  botAppId: '22222222-2222-2222-2222-222222222222',
  keyVaultName: 'kv-test-abc',
  storageAccountName: 'sttestabc',
};

export const SIGNED_IN_USER = '11111111-1111-1111-1111-111111111111';

const record = `
const fs = require('fs');
const path = require('path');
const state = process.env.STUB_STATE;
const args = process.argv.slice(2);
function record(tool, note) {
  fs.appendFileSync(path.join(state, 'calls.jsonl'), JSON.stringify({ tool, args, cwd: process.cwd(), note }) + '\\n');
}
function bump(name) {
  const file = path.join(state, name);
  const n = (fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0) + 1;
  fs.writeFileSync(file, String(n));
  return n;
}
function opt(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
`;

const az = `#!/usr/bin/env node
${record}
const firstOption = args.findIndex((a) => a.startsWith('-'));
const cmd = (firstOption < 0 ? args : args.slice(0, firstOption)).join(' ');
const groupMarker = path.join(state, 'group');
let note;
if (cmd.startsWith('keyvault secret set')) note = { fileContent: fs.readFileSync(opt('--file'), 'utf8') };
if (cmd.startsWith('functionapp deployment source config-zip')) note = { srcExists: fs.existsSync(opt('--src')) };
record('az', note);
const out = (s) => process.stdout.write(s + '\\n');
if (cmd.startsWith('account show')) {
  const q = opt('--query');
  if (q === 'user.type') out(process.env.STUB_USER_TYPE || 'user');
  else if (q === 'user.name') out('deployer-app-id');
  else if (opt('--output') !== 'none') out('{}');
} else if (cmd.startsWith('group show')) {
  if (!fs.existsSync(groupMarker)) { process.stderr.write('(ResourceGroupNotFound)\\n'); process.exit(3); }
  out('westeurope');
} else if (cmd.startsWith('group create')) {
  fs.writeFileSync(groupMarker, opt('--location'));
} else if (cmd.startsWith('ad signed-in-user show')) {
  out('${SIGNED_IN_USER}');
} else if (cmd.startsWith('ad sp show')) {
  out('33333333-3333-3333-3333-333333333333');
} else if (cmd.startsWith('deployment group create')) {
  // Keeps the parameters as ARM would (files first, later --parameters win) for "deployment group show".
  const parameters = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--parameters') continue;
    for (let j = i + 1; j < args.length && !args[j].startsWith('--'); j++) {
      const a = args[j];
      if (a.startsWith('@')) {
        for (const [k, v] of Object.entries(JSON.parse(fs.readFileSync(a.slice(1), 'utf8')).parameters)) parameters[k] = { type: 'String', value: v.value };
      } else {
        const [k, ...rest] = a.split('=');
        parameters[k] = { type: 'String', value: rest.join('=') };
      }
    }
  }
  fs.writeFileSync(path.join(state, 'deployment.json'), JSON.stringify(parameters));
  const outputs = Object.fromEntries(Object.entries(${JSON.stringify(OUTPUTS)}).map(([k, v]) => [k, { type: 'String', value: v }]));
  out(JSON.stringify(outputs, null, 2));
} else if (cmd.startsWith('deployment group show')) {
  const file = path.join(state, 'deployment.json');
  if (!fs.existsSync(file)) { process.stderr.write('(DeploymentNotFound)\\n'); process.exit(3); }
  out(fs.readFileSync(file, 'utf8'));
} else if (cmd === 'version') {
  out(process.env.STUB_AZ_VERSION || '2.81.0');
} else if (cmd.startsWith('deployment group what-if')) {
  out('Resource and property changes are indicated with these symbols: + Create');
} else if (cmd.startsWith('keyvault secret set')) {
  if (bump('secret-set') <= Number(process.env.STUB_SECRET_FAILURES || 0)) { process.stderr.write('(Forbidden) Caller is not authorized\\n'); process.exit(1); }
  fs.writeFileSync(path.join(state, 'secret-' + opt('--name')), '');
} else if (cmd.startsWith('keyvault secret show')) {
  if (!fs.existsSync(path.join(state, 'secret-' + opt('--name')))) { process.stderr.write('(SecretNotFound)\\n'); process.exit(3); }
  out('https://' + opt('--vault-name') + '.vault.azure.net/secrets/' + opt('--name') + '/0123');
} else if (cmd.startsWith('functionapp deployment source config-zip')) {
  if (process.env.STUB_ZIP_HANG) setTimeout(() => {}, 600000);
  else if (bump('config-zip') <= Number(process.env.STUB_ZIP_FAILURES || 0)) { process.stderr.write('Deployment failed: 403 AuthorizationFailure\\n'); process.exit(1); }
} else if (cmd.startsWith('functionapp restart')) {
  // nothing to say
} else {
  process.stderr.write('az stand-in: unexpected command ' + args.join(' ') + '\\n');
  process.exit(99);
}
`;

const npm = `#!/usr/bin/env node
${record}
record('npm');
if (args[0] === 'ci') {
  fs.mkdirSync('node_modules/some-dep', { recursive: true });
  fs.writeFileSync('node_modules/some-dep/index.js', '');
  if (!args.includes('--omit=dev')) fs.mkdirSync('node_modules/typescript', { recursive: true });
} else if (args[0] === 'run' && args[1] === 'build:bundle') {
  fs.mkdirSync('dist/bundle/dist/functions', { recursive: true });
  for (const file of ['dist/functions/index.mjs', 'dist/functions/createBotEndpoint-HASH.mjs', 'host.json', 'package.json']) fs.writeFileSync('dist/bundle/' + file, '');
} else {
  process.exit(99);
}
`;

// The first STUB_HEALTH_FAILURES answers are the platform's own page while the host starts (no JSON);
// then the app's health JSON: STUB_HEALTH_BODY, or healthy.
const curl = `#!/usr/bin/env node
${record}
record('curl');
const starting = bump('curl') <= Number(process.env.STUB_HEALTH_FAILURES || 0);
const body = starting ? '<html>Function host is not running.</html>' : process.env.STUB_HEALTH_BODY || '{"status":"healthy","upstream":{"token":"ok","api":"ok","latencyMs":80}}';
fs.writeFileSync(opt('--output'), body);
process.stdout.write(starting || JSON.parse(body).status !== 'healthy' ? '503' : '200');
`;

// Records what it was asked to pack (and what the working directory held), then writes a marker archive.
const zip = `#!/usr/bin/env node
${record}
const operands = args.filter((a) => !a.startsWith('-'));
const [archive, ...entries] = operands;
const listing = (dir) => fs.readdirSync(dir).sort();
record('zip', { entries, cwdEntries: listing('.'), nodeModules: fs.existsSync('node_modules') ? listing('node_modules') : [] });
fs.writeFileSync(archive, 'PK stand-in: ' + entries.join(' '));
`;

export interface Harness {
  repo: string;
  state: string;
  /** Runs deploy.sh; `hide` takes tools off PATH (a machine without zip, say). */
  run(args: string[], env?: Record<string, string>, options?: { hide?: string[] }): Run;
}

/** A PATH directory of links to everything on `path` except the tools in `hide`. */
function pathWithout(base: string, label: string, path: string, hide: string[]): string {
  const dir = join(base, `${label}-without-${hide.join('-')}`);
  if (existsSync(dir)) return dir;
  mkdirSync(dir);
  for (const from of path.split(':').filter(Boolean)) {
    if (!existsSync(from)) continue;
    for (const name of readdirSync(from)) {
      if (hide.includes(name) || existsSync(join(dir, name))) continue;
      symlinkSync(join(from, name), join(dir, name));
    }
  }
  return dir;
}

/** A fresh copy of the deploy inputs and a fresh stand-in state (group absent, no counters). */
export function createHarness(): Harness {
  const base = mkdtempSync(join(tmpdir(), 'deploy-sh-'));
  const repo = join(base, 'repo');
  const bin = join(base, 'bin');
  const state = join(base, 'state');
  for (const dir of [join(repo, 'infra', 'modules'), join(repo, 'appPackage', 'adaptiveCards'), bin, state])
    mkdirSync(dir, { recursive: true });
  for (const file of [
    'infra/deploy.sh',
    'infra/fill-manifest.js',
    'infra/main.bicep',
    'infra/main.parameters.json',
    'appPackage/manifest.json',
    'appPackage/color.png',
    'appPackage/outline.png',
    'appPackage/declarativeAgent.json',
    'appPackage/ai-plugin.json',
    'appPackage/adaptiveCards/job.json',
    'appPackage/adaptiveCards/summary.json',
    'host.json',
    'package.json',
  ]) {
    copyFileSync(join(ROOT, file), join(repo, file));
  }
  writeFileSync(join(repo, 'package-lock.json'), '{}');
  for (const [name, text] of Object.entries({ az, npm, curl, zip })) {
    writeFileSync(join(bin, name), text);
    chmodSync(join(bin, name), 0o755);
  }
  return {
    repo,
    state,
    run(args, env = {}, options = {}) {
      const hide = options.hide ?? [];
      const systemPath = hide.length > 0 ? pathWithout(base, 'system', process.env.PATH ?? '', hide) : (process.env.PATH ?? '');
      const stubs = hide.length > 0 ? pathWithout(base, 'stubs', bin, hide) : bin;
      const result = spawnSync('bash', [join(repo, 'infra', 'deploy.sh'), ...args], {
        cwd: base,
        encoding: 'utf8',
        // Bounds a hang of the script itself (the upload-hang test expects the script to stop first).
        timeout: 60_000,
        env: {
          PATH: `${stubs}:${systemPath}`,
          HOME: base,
          STUB_STATE: state,
          DEPLOY_RETRY_DELAY: '0',
          HEALTH_INTERVAL: '0',
          ...env,
        },
      });
      const log = join(state, 'calls.jsonl');
      const calls = existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Call)
        : [];
      writeFileSync(log, ''); // each run reports only its own calls
      return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
    },
  };
}

/** "az group show", "npm ci", … : the tool and its first words, for comparing call sequences. */
export function summary(calls: Call[]): string[] {
  return calls.map((c) => {
    const firstOption = c.args.findIndex((a) => a.startsWith('-'));
    const words = firstOption < 0 ? c.args : c.args.slice(0, firstOption);
    return [c.tool, ...words].join(' ');
  });
}
