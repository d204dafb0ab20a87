import { banner } from './banner';
import { loadLocalSettings } from './localSettings';
import { projectRoot } from './projectRoot';
import { startLocalHost } from './startLocalHost';

/** `npm start`: the product on 127.0.0.1:PORT with local.settings.json, until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const settings = loadLocalSettings(projectRoot(), process.env);
  const host = await startLocalHost({
    settings,
    port: settings.PORT ? Number(settings.PORT) : 7071,
    simulatorCredential: process.argv.includes('--certificate') ? 'certificate' : 'secret',
    // The bot's Playground (dev/playground.ts) joins here as one more entry of `services`.
    services: [],
  });
  console.log(banner(host));
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
