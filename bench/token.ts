import type { HostReady } from './hostProtocol';

/** A token from the simulator's identity endpoint, as the product's client gets one. */
export async function simulatorToken(host: Pick<HostReady, 'tokenUrl' | 'clientId' | 'clientSecret'>): Promise<string> {
  const response = await fetch(host.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: host.clientId,
      client_secret: host.clientSecret,
      scope: 'dynamics.readwrite.all',
    }),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
