import { z } from 'zod';
import type { Random } from './prng';

const scope = z.enum(['api', 'token']).default('api');
/** Omitted = until cleared. */
const count = z.number().int().min(1).optional();

/** Every fault the simulator can inject; also the JSON accepted by `POST /_sim/faults` (one or an array). */
export const faultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('throttle'),
    scope,
    count,
    retryAfterSeconds: z.number().int().min(0).default(1),
    /** Send Retry-After as an HTTP date instead of seconds. */
    retryAfterAsDate: z.boolean().default(false),
  }),
  z.object({ kind: z.literal('error'), scope, count, status: z.number().int().min(400).max(599).default(503) }),
  /** Answers late (slow), or effectively never with a large ms (hang). */
  z.object({ kind: z.literal('delay'), scope, count, ms: z.number().int().min(0).max(600_000) }),
  z.object({ kind: z.literal('malformed'), scope, count }),
  z.object({
    kind: z.literal('failureRate'),
    scope,
    rate: z.number().min(0).max(1),
    status: z.number().int().min(400).max(599).default(503),
  }),
  /** Applied at once: every token issued so far answers 401. */
  z.object({ kind: z.literal('revokeTokens') }),
]);
export const faultsRequestSchema = z.union([faultSchema, z.array(faultSchema)]);

export type FaultInput = z.input<typeof faultSchema>;
type Fault = z.output<typeof faultSchema>;
export type FaultScope = 'api' | 'token';

/** What to do with one request. */
export type FaultAction =
  | { kind: 'throttle'; retryAfterSeconds: number; retryAfterAsDate: boolean }
  | { kind: 'error'; status: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'malformed' };

export interface Faults {
  inject(fault: FaultInput | FaultInput[]): void;
  clear(): void;
  /** The action for the next request in `scope`, consuming one count of the first matching fault. */
  next(scope: FaultScope): FaultAction | undefined;
}

export function createFaults(random: Random, revokeTokens: () => void): Faults {
  let pending: Array<Exclude<Fault, { kind: 'revokeTokens' }>> = [];
  return {
    inject(input) {
      const parsed = faultsRequestSchema.parse(input);
      for (const fault of Array.isArray(parsed) ? parsed : [parsed]) {
        if (fault.kind === 'revokeTokens') revokeTokens();
        else pending.push(fault);
      }
    },
    clear() {
      pending = [];
    },
    next(wanted) {
      for (const fault of pending) {
        if (fault.scope !== wanted) continue;
        if (fault.kind === 'failureRate') {
          if (random() < fault.rate) return { kind: 'error', status: fault.status };
          continue;
        }
        if (fault.count !== undefined) {
          fault.count -= 1;
          if (fault.count === 0) pending = pending.filter((f) => f !== fault);
        }
        return toAction(fault);
      }
      return undefined;
    },
  };
}

function toAction(fault: Exclude<Fault, { kind: 'revokeTokens' | 'failureRate' }>): FaultAction {
  switch (fault.kind) {
    case 'throttle':
      return { kind: 'throttle', retryAfterSeconds: fault.retryAfterSeconds, retryAfterAsDate: fault.retryAfterAsDate };
    case 'error':
      return { kind: 'error', status: fault.status };
    case 'delay':
      return { kind: 'delay', ms: fault.ms };
    case 'malformed':
      return { kind: 'malformed' };
  }
}
