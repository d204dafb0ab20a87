import { setTimeout as wait } from 'node:timers/promises';
import { Agent, type Dispatcher } from 'undici';
import type { Logger } from '../shared/Logger';
import { UpstreamError } from '../shared/errors';
import { JobType } from '../jobs/enums';
import type { JobSourceFilter } from '../jobs/JobSource';
import type { JobsPage } from '../jobs/model';
import type { AvePointClient } from './AvePointClient';
import type { AvePointSettings } from './AvePointSettings';
import { buildJobsRequest, type JobsRequest } from './dialects';
import {
  connectionFailure,
  failureForStatus,
  FailureError,
  garbageFailure,
  timeoutFailure,
  toUpstreamError,
  type Failure,
} from './failure';
import { parseJson } from './parseJson';
import { requestOn } from './requestOn';
import { jobsPageSchema } from './responseSchema';
import { parseRetryAfter } from '../shared/parseRetryAfter';
import { DEFAULT_RETRY_POLICY, nextDelayMs, type RetryPolicy } from './retryPolicy';
import { createTokenProvider, type TokenProvider } from './tokenProvider';

const WHAT = 'AvePoint';

export type AvePointClientOptions = AvePointSettings & {
  logger: Logger;
  /** Test seams: jitter, the clock, and the two timers that bound a call (see test/avepoint/virtualClock.ts). */
  random?: () => number;
  now?: () => number;
  /** The wait between attempts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The signal that ends one attempt after `ms`. */
  timeout?: (ms: number) => AbortSignal;
};

/** What one attempt needs besides the request. */
interface AttemptDeps {
  tokens: TokenProvider;
  dispatcher: Dispatcher;
  now: () => number;
  timeout: (ms: number) => AbortSignal;
}

/** The client plus `close()`, which ends its keep-alive connections (tests, dev host shutdown). */
export interface ClosableAvePointClient extends AvePointClient {
  close(): Promise<void>;
}

type Attempt = { page: JobsPage } | { unauthorized: string } | { failure: Failure };

/** Builds the upstream client: one keep-alive connection pool, one token cache, the retry policy around every call. */
export function createAvePointClient(options: AvePointClientOptions): ClosableAvePointClient {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => wait(ms, undefined, { signal }));
  const timeout = options.timeout ?? ((ms: number) => AbortSignal.timeout(ms));
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retryPolicy };
  const { totalTimeoutMs } = options;
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 32 });
  // The token request keeps a real timer of its own: it is shared by concurrent calls, and each call's
  // attempt timer bounds how long that call waits for it.
  const tokens = createTokenProvider({ ...options, dispatcher, now });
  const attemptDeps: AttemptDeps = { tokens, dispatcher, now, timeout };

  const getJobs = async (filter: JobSourceFilter, callOptions?: { signal?: AbortSignal }): Promise<JobsPage> => {
    const deadline = now() + totalTimeoutMs;
    const jobsRequest = buildJobsRequest(options.dialect, options.baseUrl, filter);
    let refreshedAfter401 = false;
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await attemptOnce(jobsRequest, attemptDeps, Math.min(options.timeoutMs, deadline - now()), callOptions?.signal);
      if ('page' in outcome) return outcome.page;
      if ('unauthorized' in outcome) {
        tokens.invalidate(outcome.unauthorized);
        if (!refreshedAfter401) {
          // A revoked or expired token: one new token, one more try, without waiting.
          refreshedAfter401 = true;
          continue;
        }
        throw toUpstreamError({ kind: 'badGateway', retryable: false, status: 401, message: `${WHAT} refused the app's token` });
      }
      const { failure } = outcome;
      const delay = failure.retryable
        ? nextDelayMs(policy, attempt, failure.retryAfterSeconds, { remainingMs: deadline - now(), attemptMs: options.timeoutMs }, random)
        : undefined;
      if (delay === undefined) throw toUpstreamError(failure);
      options.logger.warn('AvePoint request failed; retrying', { status: failure.status, attempt });
      await sleep(delay, callOptions?.signal);
    }
  };

  return {
    getJobs,
    async probe(deadlineMs) {
      const started = now();
      const signal = timeout(deadlineMs);
      // Watched apart (the request is shared and cached): at the deadline it tells which part hangs.
      const seen: { token: 'ok' | 'failed' | 'pending' } = { token: 'pending' };
      tokens.get().then(
        () => (seen.token = 'ok'),
        () => (seen.token = 'failed'),
      );
      const report = (token: 'ok' | 'failed', api: 'ok' | 'failed', detail?: string) => ({
        token,
        api,
        latencyMs: now() - started,
        ...(detail && { detail }),
      });
      try {
        await getJobs(lastHour(now()), { signal });
        return report('ok', 'ok');
      } catch (error) {
        // The facade's own words for the failure, which never carry upstream internals or secrets.
        if (error instanceof UpstreamError) return report(error.part === 'token' ? 'failed' : 'ok', 'failed', error.message);
        const hung = seen.token === 'ok' ? 'AvePoint' : 'The AvePoint token endpoint';
        return report(
          seen.token === 'ok' ? 'ok' : 'failed',
          'failed',
          `${hung} did not answer within the ${deadlineMs} ms health deadline`,
        );
      }
    },
    close: () => dispatcher.close(),
  };
}

/** The cheapest real query: one job of any type from the last hour. */
function lastHour(nowMs: number): JobSourceFilter {
  return {
    pageIndex: 1,
    pageSize: 1,
    type: JobType.all,
    startTime: new Date(nowMs - 3_600_000).toISOString(),
    endTime: new Date(nowMs).toISOString(),
  };
}

/** One try: token, request within `timeoutMs`, then status and body mapped to a page or a failure. */
async function attemptOnce(
  jobsRequest: JobsRequest,
  { tokens, dispatcher, now, timeout: timeoutAfter }: AttemptDeps,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<Attempt> {
  if (timeoutMs <= 0) return { failure: timeoutFailure(WHAT) };
  const timeout = timeoutAfter(timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  let token: string;
  try {
    token = await abortable(tokens.get(), signal);
  } catch (error) {
    callerSignal?.throwIfAborted();
    const failure: Failure =
      error instanceof FailureError
        ? error.failure
        : timeout.aborted
          ? timeoutFailure('The AvePoint token endpoint')
          : { kind: 'badGateway', retryable: false, status: 'connection', message: 'Could not get an AvePoint token' };
    return { failure: { ...failure, part: 'token' } };
  }
  let response: Dispatcher.ResponseData;
  try {
    response = await requestOn(dispatcher, jobsRequest.url, {
      method: jobsRequest.method,
      headers: { ...jobsRequest.headers, authorization: `Bearer ${token}` },
      body: jobsRequest.body,
      signal,
    });
  } catch {
    callerSignal?.throwIfAborted();
    return { failure: timeout.aborted ? timeoutFailure(WHAT) : connectionFailure(WHAT) };
  }
  const status = response.statusCode;
  let text: string;
  try {
    text = await response.body.text();
  } catch {
    callerSignal?.throwIfAborted();
    return { failure: timeout.aborted ? timeoutFailure(WHAT) : connectionFailure(WHAT) };
  }
  if (status === 401) return { unauthorized: token };
  const failure = failureForStatus(status, parseRetryAfter(response.headers['retry-after'], now()), WHAT);
  if (failure) return { failure };
  const parsed = jobsPageSchema.safeParse(parseJson(text));
  return parsed.success ? { page: parsed.data } : { failure: garbageFailure(WHAT, status) };
}

/** Stops waiting for a shared promise when this caller's signal fires; the promise itself goes on for others. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  // An AbortSignal's reason is typed any; it is an Error (DOMException) unless a caller aborts with something else.
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
