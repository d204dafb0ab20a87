import { randomBytes } from 'node:crypto';

export interface TokenStore {
  issue(clientId: string, nowMs: number): { accessToken: string; expiresIn: number };
  /** The client id the token was issued to, or undefined when unknown, expired or revoked. */
  verify(accessToken: string, nowMs: number): string | undefined;
  revokeAll(): void;
}

/** Opaque random bearer tokens, valid for `lifetimeSeconds`. */
export function createTokenStore(lifetimeSeconds: number): TokenStore {
  const tokens = new Map<string, { clientId: string; expiresAtMs: number }>();
  return {
    issue(clientId, nowMs) {
      const accessToken = randomBytes(32).toString('base64url');
      tokens.set(accessToken, { clientId, expiresAtMs: nowMs + lifetimeSeconds * 1000 });
      return { accessToken, expiresIn: lifetimeSeconds };
    },
    verify(accessToken, nowMs) {
      const entry = tokens.get(accessToken);
      if (!entry) return undefined;
      if (entry.expiresAtMs <= nowMs) {
        tokens.delete(accessToken);
        return undefined;
      }
      return entry.clientId;
    },
    revokeAll() {
      tokens.clear();
    },
  };
}
