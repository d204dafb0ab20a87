import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPublisher, type Publisher } from '../functions/apiDocument/Publisher';
import { CONNECTOR_ICON, connectorFiles } from './connectorFiles';
import { projectRoot } from './projectRoot';

/** Git-ignored (dist/): the files carry the app's URL, which belongs to a deployment, not to the repository. */
const OUT = join(projectRoot(), 'dist', 'connector');

/** The publisher certification shows, from the same variables deploy.sh fills the Teams manifest with. */
function publisherFrom(env: NodeJS.ProcessEnv, publicBaseUrl: string): Publisher {
  const defaults = defaultPublisher(publicBaseUrl);
  return {
    name: env.TEAMS_DEVELOPER_NAME || defaults.name,
    url: env.TEAMS_DEVELOPER_WEBSITE_URL || defaults.url,
    privacyUrl: env.TEAMS_DEVELOPER_PRIVACY_URL || defaults.privacyUrl,
    ...(env.CONNECTOR_CONTACT_EMAIL && { email: env.CONNECTOR_CONTACT_EMAIL }),
    license: env.CONNECTOR_LICENSE_NAME
      ? { name: env.CONNECTOR_LICENSE_NAME, ...(env.CONNECTOR_LICENSE_URL && { url: env.CONNECTOR_LICENSE_URL }) }
      : defaults.license,
  };
}

/**
 * `npm run connector -- https://<app>.azurewebsites.net` (or PUBLIC_BASE_URL set): writes the connector
 * definition and its icon for `pac connector create --api-definition-file … --api-properties-file … --icon-file …`.
 */
function main(): void {
  const given = process.argv[2] ?? process.env.PUBLIC_BASE_URL;
  if (!given || !/^https?:\/\/[^/]+/.test(given)) {
    console.error('Usage: npm run connector -- https://<app>.azurewebsites.net   (or set PUBLIC_BASE_URL)');
    process.exit(2);
  }
  const publicBaseUrl = given.replace(/\/+$/, '');
  mkdirSync(OUT, { recursive: true });
  for (const [name, content] of Object.entries(connectorFiles(publicBaseUrl, publisherFrom(process.env, publicBaseUrl)))) {
    writeFileSync(join(OUT, name), `${JSON.stringify(content, null, 2)}\n`);
    console.log(`wrote ${join(OUT, name)}`);
  }
  copyFileSync(join(projectRoot(), 'appPackage', CONNECTOR_ICON), join(OUT, 'icon.png'));
  console.log(`wrote ${join(OUT, 'icon.png')}`);
}

main();
