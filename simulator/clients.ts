import { timingSafeEqual, createHash } from 'node:crypto';
import { importX509, jwtVerify } from 'jose';

export const SECRET_CLIENT_ID = '5e1e7c3a-0d4b-4b8e-9f51-51a1a7e5c001';
export const SECRET_CLIENT_SECRET = 'simulator-secret-not-for-production';
export const CERTIFICATE_CLIENT_ID = '5e1e7c3a-0d4b-4b8e-9f51-51a1a7e5c002';

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** A registered app: a secret, or the certificate whose key signs its client assertions. */
export type RegisteredClient = { clientId: string; secret: string } | { clientId: string; certificatePem: string };

export interface ClientRegistry {
  register(client: RegisteredClient): void;
  /** True when the form proves the client's identity. */
  authenticate(form: URLSearchParams, tokenUrl: string, nowMs: number): Promise<string | undefined>;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Secret comparison in constant time; assertions checked as RFC 7523 asks, each jti accepted once. */
export function createClientRegistry(): ClientRegistry {
  const clients = new Map<string, RegisteredClient>();
  const usedJti = new Set<string>();
  return {
    register(client) {
      clients.set(client.clientId, client);
    },
    async authenticate(form, tokenUrl, nowMs) {
      const clientId = form.get('client_id') ?? '';
      const client = clients.get(clientId);
      if (!client) return undefined;
      if ('secret' in client) {
        const given = form.get('client_secret');
        return given !== null && timingSafeEqual(digest(given), digest(client.secret)) ? clientId : undefined;
      }
      const assertion = form.get('client_assertion');
      if (form.get('client_assertion_type') !== ASSERTION_TYPE || !assertion) return undefined;
      try {
        const key = await importX509(client.certificatePem, 'RS256');
        const { payload } = await jwtVerify(assertion, key, {
          algorithms: ['RS256'],
          issuer: clientId,
          subject: clientId,
          audience: tokenUrl,
          currentDate: new Date(nowMs),
          requiredClaims: ['exp', 'jti'],
        });
        if (typeof payload.jti !== 'string' || usedJti.has(payload.jti)) return undefined;
        usedJti.add(payload.jti);
        return clientId;
      } catch {
        // Any verification failure is the same answer to the caller: invalid_client.
        return undefined;
      }
    },
  };
}
