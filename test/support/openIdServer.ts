import { createServer } from 'node:http';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { listen } from './listen';

/** Bot Framework's issuer for tokens from channels. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export interface TokenOptions {
  audience?: string;
  issuer?: string;
  serviceUrl?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  /** Sign with another key (same kid): a forged token. */
  key?: CryptoKey;
}

export interface OpenIdServer {
  /** The `openid-configuration` URL to pass as settings.openIdMetadataUrl. */
  metadataUrl: string;
  /** An RS256 token shaped like the ones Azure Bot Service sends. */
  token(claims: { appId: string; serviceUrl: string } & TokenOptions): Promise<string>;
  /** A key the server does not publish. */
  foreignKey(): Promise<CryptoKey>;
  close(): Promise<void>;
}

const KID = 'test-signing-key';

/** A local stand-in for login.botframework.com's OpenID configuration and JWKS. */
export async function startOpenIdServer(): Promise<OpenIdServer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  // Endorsements as Bot Framework publishes them: the key may sign for these channels.
  const jwk = { ...(await exportJWK(publicKey)), kid: KID, use: 'sig', alg: 'RS256', endorsements: ['msteams', 'webchat'] };
  let base = '';
  const server = createServer((request, response) => {
    const send = (body: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.url === '/v1/.well-known/openidconfiguration') return send({ issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${base}/v1/keys` });
    if (request.url === '/v1/keys') return send({ keys: [jwk] });
    response.writeHead(404).end();
  });
  const listening = await listen(server);
  base = listening.url;
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    async token({ appId, serviceUrl, audience = appId, issuer = BOT_FRAMEWORK_ISSUER, expiresIn = 3600, key = privateKey }) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ serviceurl: serviceUrl })
        .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(now - 60)
        .setNotBefore(now - 60)
        .setExpirationTime(now + expiresIn)
        .sign(key);
    },
    foreignKey: async () => (await generateKeyPair('RS256')).privateKey,
    close: () => listening.close(),
  };
}
