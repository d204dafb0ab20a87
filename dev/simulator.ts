import { startSimulator } from '../simulator';

/**
 * `npm run simulator`: the AvePoint simulator on its own (for `func start`, which cannot start it),
 * printing the settings to put into local.settings.json.
 */
async function main(): Promise<void> {
  const port = process.env.SIMULATOR_PORT ? Number(process.env.SIMULATOR_PORT) : 7072;
  const simulator = await startSimulator({ port });
  const values = {
    AVEPOINT_GRAPH_URL: simulator.url,
    AVEPOINT_TOKEN_URL: simulator.tokenUrl,
    AVEPOINT_CLIENT_ID: simulator.clients.secret.clientId,
    AVEPOINT_CLIENT_SECRET: simulator.clients.secret.clientSecret,
  };
  console.log(`AvePoint simulator on ${simulator.url}. Put these into local.settings.json "Values" for \`func start\`:`);
  console.log(JSON.stringify(values, null, 2));
  const stop = () => void simulator.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
