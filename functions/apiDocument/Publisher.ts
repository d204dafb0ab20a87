import type { ApiModel, ApiOperation } from './ApiModel';

/**
 * Who offers the API, for `info.contact`, `info.license` and a connector's `x-ms-connector-metadata`.
 * The app serves its documents with the defaults (the app's own URL, as deploy.sh does for the Teams
 * manifest); `npm run connector` takes the real ones for a certified connector.
 */
export interface Publisher {
  name: string;
  /** The publisher's website, also the contact URL. */
  url: string;
  email?: string;
  privacyUrl: string;
  license: { name: string; url?: string };
}

export const defaultPublisher = (publicBaseUrl: string): Publisher => ({
  name: 'IT Operations',
  url: `${publicBaseUrl}/`,
  privacyUrl: `${publicBaseUrl}/`,
  license: { name: 'Proprietary' },
});

/** `info` as both OpenAPI versions write it. */
export const infoOf = (model: Pick<ApiModel, 'title' | 'version' | 'description'>, { name, url, email, license }: Publisher) => ({
  title: model.title,
  version: model.version,
  description: model.description,
  contact: { name, url, ...(email && { email }) },
  license,
});

/** `paths` as both OpenAPI versions write it: each operation rendered under its path and method. */
export function pathsOf(model: ApiModel, render: (operation: ApiOperation) => unknown): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of model.operations) (paths[operation.path] ??= {})[operation.method] = render(operation);
  return paths;
}
