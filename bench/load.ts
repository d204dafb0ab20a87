import autocannon from 'autocannon';
import { Agent, request } from 'undici';
import { millisSince, percentile, round } from './stats';

/** One HTTP request as both load generators send it. */
export interface Target {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadFigures {
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  requests: number;
  /** Answers other than 2xx, plus transport errors. */
  failures: number;
}

/**
 * Concurrency 1 with microsecond timing (autocannon's histogram has whole milliseconds, too
 * coarse for a 1 ms overhead target): `count` requests one after another on one keep-alive socket.
 */
export async function sequentialLoad(target: Target, count: number): Promise<LoadFigures> {
  const dispatcher = new Agent({ connections: 1, keepAliveTimeout: 30_000 });
  const latencies: number[] = [];
  let failures = 0;
  const started = process.hrtime.bigint();
  try {
    for (let i = 0; i < count; i++) {
      const sent = process.hrtime.bigint();
      const response = await request(target.url, { method: target.method, headers: target.headers, body: target.body, dispatcher });
      await response.body.arrayBuffer();
      latencies.push(millisSince(sent));
      if (response.statusCode >= 300) failures++;
    }
  } finally {
    await dispatcher.close();
  }
  return {
    p50Ms: round(percentile(latencies, 50), 3),
    p99Ms: round(percentile(latencies, 99), 3),
    requestsPerSecond: round(count / (millisSince(started) / 1000), 0),
    requests: count,
    failures,
  };
}

/** autocannon over `connections` keep-alive sockets, for `amount` requests. */
export async function concurrentLoad(target: Target, connections: number, amount: number): Promise<LoadFigures> {
  const result = await autocannon({
    url: target.url,
    method: target.method,
    headers: target.headers,
    body: target.body,
    connections,
    amount,
    timeout: 30,
  });
  return {
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSecond: round(result.requests.average, 0),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
