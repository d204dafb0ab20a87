import WebSocket from 'ws';

const PLAYGROUND = 'Microsoft 365 Agents Playground';
/** Bounds a wait for the bot to answer, so that a click that sends nothing fails with a reason. */
const TURN_BOUND_MS = 30_000;

/** An activity the Playground sent the bot, as the bot received it, and the HTTP status the bot answered. */
export interface DeliveredActivity {
  activity: Record<string, unknown>;
  status: number | undefined;
}

export interface ActivitiesToBot {
  /** Resolves with the first activity (already delivered or still to come) that `matches`. */
  find(matches: (activity: Record<string, unknown>) => boolean, what: string): Promise<DeliveredActivity>;
  close(): void;
}

interface LogEvent {
  logAction?: string;
  log?: { type?: string; from?: string; request?: { body?: Record<string, unknown> }; response?: { statusCode?: number } };
}

/**
 * The Playground's log stream (`/_ws/log/stream`), reduced to the activities it sent the bot. Its
 * item for a request is appended only once the bot answered, so a found activity is a whole turn.
 */
export async function watchActivitiesToBot(origin: string): Promise<ActivitiesToBot> {
  const delivered: DeliveredActivity[] = [];
  const waiters = new Set<() => void>();
  const stream = new WebSocket(`${origin.replace(/^http/, 'ws')}/_ws/log/stream`);
  stream.on('message', (raw: Buffer) => {
    const { log } = JSON.parse(raw.toString()) as LogEvent;
    const activity = log?.request?.body;
    if (log?.type !== 'bot' || log.from !== PLAYGROUND || !activity) return;
    delivered.push({ activity, status: log.response?.statusCode });
    for (const wake of waiters) wake();
  });
  await new Promise((resolve, reject) => stream.once('open', resolve).once('error', reject));
  return {
    find: (matches, what) =>
      new Promise((resolve, reject) => {
        const look = () => {
          const found = delivered.find(({ activity }) => matches(activity));
          if (!found) return;
          settle();
          resolve(found);
        };
        const bound = setTimeout(() => {
          settle();
          reject(new Error(`No activity ${what} reached the bot within ${TURN_BOUND_MS} ms`));
        }, TURN_BOUND_MS);
        const settle = () => {
          clearTimeout(bound);
          waiters.delete(look);
        };
        waiters.add(look);
        look();
      }),
    close: () => stream.close(),
  };
}
