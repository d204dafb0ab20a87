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

/** `info.contact` as both OpenAPI versions write it. */
export const contactOf = ({ name, url, email }: Publisher) => ({ name, url, ...(email && { email }) });
