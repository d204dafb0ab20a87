import { deliverAlerts } from '../alerts/deliverAlerts';
import { WATERMARK_LAG_MS } from '../alerts/newJobs';
import { createAlertSender } from '../bot/createAlertSender';
import { startAzurite } from '../dev/azurite';
import { createJobsService } from '../jobs/createJobsService';
import { MINUTE_MS } from '../jobs/time';
import { ORGANIZATIONS } from '../simulator';
import { createTableClient } from '../storage/createTableClient';
import { createTableConversationReferenceStore } from '../storage/createTableConversationReferenceStore';
import { createTableDeliveryStore } from '../storage/createTableDeliveryStore';
import { createTableSubscriptionStore } from '../storage/createTableSubscriptionStore';
import { createTableUserTimeZoneStore } from '../storage/createTableUserTimeZoneStore';
import { injectSimulatorJob } from '../fixtures/simulatorApi';
import { startBenchConnector } from './connector';
import { countTableRequests } from './countTableRequests';
import type { TableRequests } from './countTableRequests';
import { millisSince, round } from './stats';
import { quietLogger, startCountedUpstream } from './upstreamWorld';

/** What one run cost: upstream calls, Table Storage requests per subscription, and its duration. */
export interface RunCost {
  upstreamCalls: number;
  tableReadsPerSubscription: number;
  tableWritesPerSubscription: number;
  ms: number;
}

export interface AlertRunFigures {
  subscriptions: number;
  distinctFilters: number;
  /** A run with nothing new: what every 5 minutes costs. */
  quiet: RunCost;
  /** The run after one injected failure that S/F subscriptions (one conversation each) are told about. */
  alert: RunCost;
  /** The run after that, with nothing new again: the alert's job is still inside the listings' overlap. */
  quietAfterAlert: RunCost;
  /** A quiet run an hour later, when every watermark lags (WATERMARK_LAG_MS) and is written once. */
  hourLater: RunCost;
  cardsSent: number;
  /** From POST /_sim/jobs answered to the first and the last card at the connector (the timer's own wait not counted). */
  injectionToFirstCardMs: number;
  injectionToLastCardMs: number;
}

const CASES: Array<[subscriptions: number, filters: number]> = [
  [10, 1],
  [60, 6],
  [120, 6],
  [1_000, 6],
  [10_000, 6],
];

/** Setting up 10,000 subscriptions one at a time would take longer than the runs measured. */
const SETUP_CONCURRENCY = 16;

async function inParallel(count: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count; index = next++) await work(index);
  };
  await Promise.all(Array.from({ length: SETUP_CONCURRENCY }, worker));
}

/**
 * One deliverAlerts run over Azurite (the Table adapters, every request counted by a pipeline
 * policy), the simulator (our client, calls counted) and a connector stand-in reached through
 * botbuilder: S subscriptions in S conversations, each by its own subscriber (whose zone the run
 * looks up, as in the app), over F filters ("failed backups of organisation f"); first with nothing
 * new, then after one failure, then with nothing new again, and an hour later.
 */
export async function benchAlertsRun(): Promise<AlertRunFigures[]> {
  const upstream = await startCountedUpstream(() => new Date());
  const azurite = await startAzurite();
  const connector = await startBenchConnector();
  try {
    const storage = { kind: 'connectionString' as const, connectionString: azurite.connectionString };
    const figures: AlertRunFigures[] = [];
    for (const [s, f] of CASES) {
      const tag = `bench${s}x${f}${Date.now()}`;
      const clock = { offsetMs: 0 };
      const requests: TableRequests = { reads: 0, writes: 0 };
      const table = (name: string) => countTableRequests(createTableClient(storage, `${name}${tag}`.slice(0, 63)), requests);
      const subscriptions = createTableSubscriptionStore(table('subs'));
      const references = createTableConversationReferenceStore(table('refs'));
      const organizations = ORGANIZATIONS.map(({ id, name }) => ({ id, name }));
      const deps = {
        subscriptions,
        references,
        deliveries: createTableDeliveryStore(table('deliveries')),
        subscriberZones: createTableUserTimeZoneStore(table('zones')),
        sender: createAlertSender({ settings: { allowedTenants: [] } }),
        jobs: createJobsService({ client: upstream.source, organizations: () => Promise.resolve(organizations), now: () => new Date() }),
        settings: { schedule: '0 */5 * * * *', rpoHours: 24 },
        now: () => new Date(Date.now() + clock.offsetMs),
        logger: quietLogger,
      };
      const createdAt = new Date().toISOString();
      await inParallel(s, async (i) => {
        const conversationId = `a:1${tag}-${i}`;
        const organization = organizations[i % f]!;
        await references.save(conversationId, {
          serviceUrl: connector.serviceUrl,
          channelId: 'msteams',
          conversation: { id: conversationId },
          bot: { id: '28:bench' },
        });
        await subscriptions.add({
          conversationId,
          kind: 'jobs',
          filter: { statuses: [4], type: 1, organizationId: organization.id, organizationName: organization.name },
          timeZone: 'UTC',
          createdBy: 'bench',
          subscriberId: `user-${i}`,
          createdAt,
        });
      });
      const run = async () => {
        const before = { calls: upstream.calls.count, ...requests };
        const started = process.hrtime.bigint();
        const report = await deliverAlerts(deps);
        const cost: RunCost = {
          upstreamCalls: upstream.calls.count - before.calls,
          tableReadsPerSubscription: round((requests.reads - before.reads) / s, 2),
          tableWritesPerSubscription: round((requests.writes - before.writes) / s, 2),
          ms: round(millisSince(started)),
        };
        return { cost, sent: report.sent };
      };
      await new Promise((resolve) => setTimeout(resolve, 5));
      const quiet = await run();
      // Every conversation watching organisation 0 gets the card: the last of them ends the latency.
      const watching = Array.from({ length: s }, (_, i) => i)
        .filter((i) => i % f === 0)
        .map((i) => connector.nextCard(`a:1${tag}-${i}`).then(() => process.hrtime.bigint()));
      await injectSimulatorJob(upstream.simulator, { type: 1, status: 4, organizationId: organizations[0]!.id });
      const injectedAt = process.hrtime.bigint();
      const alert = await run();
      const arrivals = await Promise.all(watching);
      const quietAfterAlert = await run();
      clock.offsetMs = WATERMARK_LAG_MS + MINUTE_MS;
      const hourLater = await run();
      const after = (at: bigint) => round(Number(at - injectedAt) / 1e6);
      figures.push({
        subscriptions: s,
        distinctFilters: f,
        quiet: quiet.cost,
        alert: alert.cost,
        quietAfterAlert: quietAfterAlert.cost,
        hourLater: hourLater.cost,
        cardsSent: alert.sent,
        injectionToFirstCardMs: after(arrivals.reduce((a, b) => (a < b ? a : b))),
        injectionToLastCardMs: after(arrivals.reduce((a, b) => (a > b ? a : b))),
      });
      console.log(JSON.stringify(figures.at(-1)));
    }
    return figures;
  } finally {
    await connector.close();
    await azurite.close();
    await upstream.close();
  }
}
