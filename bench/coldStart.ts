import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startSimulator } from '../simulator';
import { bundlePackageSize, tscPackageSize, type PackageSize } from './packageSize';
import { median, ratio, round } from './stats';

const RUNS = 7;

/**
 * Loads one module in a fresh Node process the way the Functions worker loads an app (package.json's
 * main, which composes and registers: import() when it ends in .mjs, as the bundle's does, else
 * require) and prints how long it took.
 */
const LOADER = `
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const target = process.argv[1];
const started = performance.now();
const loaded = () => {
  process.stdout.write(String(performance.now() - started));
  process.exit(0);
};
const main = target === 'botbuilder' ? undefined : join(target, require(join(target, 'package.json')).main);
if (main?.endsWith('.mjs')) import(pathToFileURL(main).href).then(loaded);
else {
  require(main ?? 'botbuilder');
  loaded();
}
`;

export interface ColdStartFigures {
  runs: number;
  botbuilderMs: number;
  tsc: { loadMs: number; ratioToBotbuilder: number; package: PackageSize };
  bundle: { loadMs: number; ratioToBotbuilder: number; package: PackageSize };
}

function loadOnce(target: string, env: NodeJS.ProcessEnv): number {
  // The app warns that it runs outside the Functions host ("test mode"); that is expected here.
  return Number(execFileSync(process.execPath, ['-e', LOADER, target], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
}

/** tsc output and esbuild bundle against `require('botbuilder')` alone, interleaved, RUNS each. */
export async function benchColdStart(root: string): Promise<ColdStartFigures> {
  const simulator = await startSimulator();
  try {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      AVEPOINT_GRAPH_URL: simulator.url,
      AVEPOINT_TOKEN_URL: simulator.tokenUrl,
      AVEPOINT_CLIENT_ID: simulator.clients.secret.clientId,
      AVEPOINT_CLIENT_SECRET: simulator.clients.secret.clientSecret,
      AzureWebJobsStorage: 'UseDevelopmentStorage=true',
      WEBSITE_HOSTNAME: 'd365jobs.azurewebsites.net',
      // As in Azure: a managed-identity bot, so that the bot endpoint composes off loopback.
      MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: '00000000-0000-4000-8000-000000000002',
    };
    const targets = { tsc: root, bundle: join(root, 'dist', 'bundle'), botbuilder: 'botbuilder' } as const;
    const times: Record<keyof typeof targets, number[]> = { tsc: [], bundle: [], botbuilder: [] };
    // One unmeasured round first, so that every target meets a warm file-system cache.
    for (const target of Object.values(targets)) loadOnce(target, env);
    for (let run = 0; run < RUNS; run++)
      for (const [name, target] of Object.entries(targets)) times[name as keyof typeof targets].push(loadOnce(target, env));
    const botbuilderMs = round(median(times.botbuilder), 1);
    const figures = (name: 'tsc' | 'bundle', size: PackageSize) => {
      const loadMs = round(median(times[name]), 1);
      return { loadMs, ratioToBotbuilder: ratio(loadMs, botbuilderMs), package: size };
    };
    return { runs: RUNS, botbuilderMs, tsc: figures('tsc', tscPackageSize(root)), bundle: figures('bundle', bundlePackageSize(root)) };
  } finally {
    await simulator.close();
  }
}
