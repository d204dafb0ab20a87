import { join } from 'node:path';
import { banner } from './banner';
import { loadLocalSettings } from './localSettings';
import { playgroundService } from './playground';
import { playgroundWanted } from './playgroundWanted';
import { projectRoot } from './projectRoot';
import { readPort } from './readPort';
import { startLocalHost } from './startLocalHost';

/** One stable personal chat: the bot keys its paging state by conversation id, so "next" survives a restart with real storage. */
const CONVERSATION_ID = 'local-personal-chat';

/**
 * `npm start`: the product on 127.0.0.1:PORT with local.settings.json, plus the Playground chat window
 * (off with `npm start -- --no-playground` or the setting PLAYGROUND=off), until SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const settings = loadLocalSettings(projectRoot(), process.env);
  const playground = playgroundWanted(process.argv, settings.PLAYGROUND);
  // The URLs come once everything listens (a few seconds): say that something is happening.
  console.log(`Starting the local host${playground ? ' and the Playground' : ''}…`);
  const host = await startLocalHost({
    settings,
    port: readPort(settings.PORT),
    // Git-ignored: subscriptions and conversation references survive a restart of the local host.
    storageLocation: join(projectRoot(), '.azurite'),
    simulatorCredential: process.argv.includes('--certificate') ? 'certificate' : 'secret',
    services: playground ? [playgroundService({ conversationId: CONVERSATION_ID })] : [],
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
