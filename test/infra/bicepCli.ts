import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * Microsoft's Bicep CLI, as Azure itself runs it at `az deployment … --template-file x.bicep`.
 * Pinned for CI in infra/bicep-cli/BicepCli.csproj; .ci/run restores it and sets BICEP_PATH.
 */
export const ROOT = join(__dirname, '..', '..');
export const INFRA = join(ROOT, 'infra');
export const MAIN = join(INFRA, 'main.bicep');
export const BICEP_VERSION = '0.49.2';

export interface BicepCli {
  path: string;
  /** Where it was found: BICEP_PATH, PATH, az, or the NuGet package. */
  source: string;
  version: string;
}

function versionOf(path: string): string | undefined {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 ? /Bicep CLI version (\S+)/.exec(r.stdout)?.[1] : undefined;
}

function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, name)));
}

/**
 * Lookup order: BICEP_PATH, `bicep` on PATH, the copy `az bicep install` keeps (~/.azure/bin/bicep,
 * the one `az deployment` uses), then the package `dotnet restore infra/bicep-cli` put in the NuGet cache.
 * Returns the CLI, or a sentence saying what is missing and how to get it.
 */
export function findBicep(): BicepCli | string {
  const explicit = process.env.BICEP_PATH;
  if (explicit) {
    const version = versionOf(explicit);
    return version ? { path: explicit, source: 'BICEP_PATH', version } : `BICEP_PATH=${explicit} does not run as the Bicep CLI`;
  }
  const azureDir = process.env.AZURE_CONFIG_DIR ?? join(homedir(), '.azure');
  const nuget = process.env.NUGET_PACKAGES ?? join(homedir(), '.nuget', 'packages');
  const candidates: [string, string, boolean][] = [
    ['bicep', 'PATH', onPath('bicep')],
    [join(azureDir, 'bin', 'bicep'), 'az bicep', onPath('az') && existsSync(join(azureDir, 'bin', 'bicep'))],
  ];
  const restored = join(nuget, 'azure.bicep.commandline.linux-x64', BICEP_VERSION, 'tools', 'bicep');
  candidates.push([restored, 'NuGet package', existsSync(restored)]);
  for (const [path, source, present] of candidates) {
    const version = present ? versionOf(path) : undefined;
    if (version) return { path, source, version };
  }
  const hint = existsSync(restored) ? ` (${restored} exists but does not run: chmod +x it)` : '';
  return `no Bicep CLI found (BICEP_PATH, bicep on PATH, az bicep, or the NuGet package${hint}); get it with \`az bicep install\` or \`dotnet restore infra/bicep-cli\``;
}

export interface BicepRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBicep(cli: BicepCli, args: string[], cwd = ROOT): BicepRun {
  const r = spawnSync(cli.path, args, { cwd, encoding: 'utf8', timeout: 180_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every .bicep file and the linter configuration: what a cached result depends on. */
function infraFingerprint(cli: BicepCli, extra: string): string {
  const hash = createHash('sha256').update(`${cli.path}\n${cli.version}\n${extra}\n`);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.bicep$|^bicepconfig\.json$/.test(entry.name)) hash.update(`${relative(INFRA, path)}\n`).update(readFileSync(path));
    }
  };
  walk(INFRA);
  return hash.digest('hex').slice(0, 24);
}

/**
 * Runs `produce` once per content of infra/ and `key`: jest runs the infra test files in parallel
 * workers, and each compile costs seconds. The cache lives in the OS temp dir, written atomically.
 */
export function cached<T>(cli: BicepCli, key: string, produce: () => T): T {
  const dir = join(tmpdir(), 'bicep-test-cache');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${infraFingerprint(cli, key)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const value = produce();
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
  return value;
}

/** Diagnostics as the CLI prints them: `path(line,col) : Error|Warning|Info code: message`. */
export function diagnostics(output: string): string[] {
  return output.split('\n').filter((l) => /\) : (Error|Warning|Info) /.test(l));
}
