import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectorFiles } from './connectorFiles';
import { projectRoot } from './projectRoot';

/** Git-ignored (dist/): the files carry the app's URL, which belongs to a deployment, not to the repository. */
const OUT = join(projectRoot(), 'dist', 'connector');

/**
 * `npm run connector -- https://<app>.azurewebsites.net` (or PUBLIC_BASE_URL set): writes the connector
 * definition for `pac connector create --api-definition-file … --api-properties-file …`.
 */
function main(): void {
  const given = process.argv[2] ?? process.env.PUBLIC_BASE_URL;
  if (!given || !/^https?:\/\/[^/]+/.test(given)) {
    console.error('Usage: npm run connector -- https://<app>.azurewebsites.net   (or set PUBLIC_BASE_URL)');
    process.exit(2);
  }
  mkdirSync(OUT, { recursive: true });
  for (const [name, content] of Object.entries(connectorFiles(given.replace(/\/+$/, '')))) {
    writeFileSync(join(OUT, name), `${JSON.stringify(content, null, 2)}\n`);
    console.log(`wrote ${join(OUT, name)}`);
  }
}

main();
