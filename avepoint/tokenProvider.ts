import { sharedPromise } from '../shared/sharedPromise';
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import type { AvePointCredential } from './AvePointSettings';
import { CLIENT_ASSERTION_TYPE, createClientAssertion, parseCertificateCredential } from './clientAssertion';
import { FailureError, connectionFailure, failureForStatus, garbageFailure, timeoutFailure, type Failure } from './failure';
import { parseJson } from './parseJson';
import { requestOn } from './requestOn';
import { parseRetryAfter } from '../shared/parseRetryAfter';

const WHAT = 'The AvePoint token endpoint';

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
});

export interface TokenProviderOptions {
  tokenUrl: string;
  clientId: string;
  credential: AvePointCredential;
  scope: string;
  timeoutMs: number;
  dispatcher: Dispatcher;
  now: () => number;
}

export interface TokenProvider {
  /** A cached token, or one new token request shared by every concurrent caller. Throws FailureError. */
  get(): Promise<string>;
  /** Forgets the token if it is still the cached one (after the API answered 401 to it). */
  invalidate(token: string): void;
}

/** Refresh this long before expiry: a minute, or a tenth of a short lifetime. */
const refreshMarginMs = (lifetimeMs: number) => Math.min(60_000, lifetimeMs / 10);

export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const certificate = options.credential.kind === 'certificate' ? parseCertificateCredential(options.credential.pem) : undefined;
  let cached: { token: string; refreshAtMs: number } | undefined;

  const form = async (): Promise<URLSearchParams> => {
    const fields = new URLSearchParams({ grant_type: 'client_credentials', client_id: options.clientId, scope: options.scope });
    if (options.credential.kind === 'secret') fields.set('client_secret', options.credential.secret);
    else if (certificate) {
      const assertion = await createClientAssertion(certificate, {
        clientId: options.clientId,
        audience: options.tokenUrl,
        nowMs: options.now(),
      });
      fields.set('client_assertion_type', CLIENT_ASSERTION_TYPE);
      fields.set('client_assertion', assertion);
    }
    return fields;
  };

  const fetchToken = async (): Promise<string> => {
    const body = (await form()).toString();
    const signal = AbortSignal.timeout(options.timeoutMs);
    let response: Dispatcher.ResponseData;
    try {
      response = await requestOn(options.dispatcher, options.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        signal,
      });
    } catch {
      throw new FailureError(signal.aborted ? timeoutFailure(WHAT) : connectionFailure(WHAT));
    }
    const status = response.statusCode;
    const text = await response.body.text().catch(() => '');
    if (status === 400 || status === 401) throw new FailureError(rejected(status));
    const failure = failureForStatus(status, parseRetryAfter(response.headers['retry-after'], options.now()), WHAT);
    if (failure) throw new FailureError(status >= 500 ? { ...failure, kind: 'unavailable' } : failure);
    const parsed = tokenResponseSchema.safeParse(parseJson(text));
    if (!parsed.success) throw new FailureError(garbageFailure(WHAT, status));
    const lifetimeMs = parsed.data.expires_in * 1000;
    cached = { token: parsed.data.access_token, refreshAtMs: options.now() + lifetimeMs - refreshMarginMs(lifetimeMs) };
    return parsed.data.access_token;
  };

  // Concurrent callers without a fresh token share one fetch.
  const fetchingToken = sharedPromise(fetchToken, 'settled');

  return {
    get() {
      if (cached && options.now() < cached.refreshAtMs) return Promise.resolve(cached.token);
      return fetchingToken();
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
  };
}

const rejected = (status: number): Failure => ({
  kind: 'badGateway',
  retryable: false,
  status,
  message: 'The AvePoint token endpoint rejected the app credentials',
});
