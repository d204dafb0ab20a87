import type { ServerResponse } from 'node:http';
import type { FaultAction } from './faults';
import { sendJson } from './http';

/** Waits `ms`, or less when the simulator closes first. */
export type Sleep = (ms: number) => Promise<void>;

/**
 * Plays one fault on the response. Returns true when the fault answered the request,
 * false when the request should go on normally (after a delay).
 */
export async function applyFault(action: FaultAction, res: ServerResponse, sleep: Sleep, nowMs: number): Promise<boolean> {
  switch (action.kind) {
    case 'throttle': {
      const retryAfter = action.retryAfterAsDate
        ? new Date(nowMs + action.retryAfterSeconds * 1000).toUTCString()
        : String(action.retryAfterSeconds);
      sendJson(res, 429, { error: { code: 'TooManyRequests', message: 'Rate limit exceeded' } }, { 'retry-after': retryAfter });
      return true;
    }
    case 'error':
      sendJson(res, action.status, { error: { code: 'SimulatedFailure', message: 'Simulated failure' } });
      return true;
    case 'malformed':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"totalCount": 12, "jobs": [{"jobId": "DCIB');
      return true;
    case 'delay':
      await sleep(action.ms);
      return res.destroyed;
  }
}
