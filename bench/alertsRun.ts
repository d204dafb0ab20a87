import { deliverAlerts } from '../alerts/deliverAlerts';
import { createAlertSender } from '../bot/createAlertSender';
import { startAzurite } from '../dev/azurite';
import { createJobsService } from '../jobs/createJobsService';
import { ORGANIZATIONS } from '../simulator';
import { createTableClient } from '../storage/createTableClient';
import { createTableConversationReferenceStore } from '../storage/createTableConversationReferenceStore';
import { createTableDeliveryStore } from '../storage/createTableDeliveryStore';
import { createTableSubscriptionStore } from '../storage/createTableSubscriptionStore';
import { injectSimulatorJob } from '../fixtures/simulatorApi';
import { startBenchConnector } from './connector';
import { millisSince, round } from './stats';
import { quietLogger, startCountedUpstream } from './upstreamWorld';

export interface AlertRunFigures {
  subscriptions: number;
  distinctFilters: number;
  /** A run with nothing new: what every 5 minutes costs. */
  quietRunUpstreamCalls: number;
  quietRunMs: number;
  /** The run after one injected failure that S/F subscriptions (one conversation each) are told about. */
  alertRunUpstreamCalls: number;
  alertRunMs: number;
  cardsSent: number;
  /** From POST /_sim/jobs answered to the first and the last card at the connector (the timer's own wait not counted). */
  injectionToFirstCardMs: number;
  injectionToLastCardMs: number;
}

const CASES: Array<[subscriptions: number, filters: number]> = [
  [10, 1],
  [60, 6],
  [120, 6],
];

/**
 * One deliverAlerts run over Azurite (the Table adapters), the simulator (our client, calls counted)
 * and a connector stand-in reached through botbuilder: S subscriptions in S conversations over F
 * filters ("failed backups of organisation f"), first with nothing new, then after one failure.
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
      const table = (name: string) => createTableClient(storage, `${name}${tag}`.slice(0, 63));
      const subscriptions = createTableSubscriptionStore(table('subs'));
      const references = createTableConversationReferenceStore(table('refs'));
      const organizations = ORGANIZATIONS.map(({ id, name }) => ({ id, name }));
      const deps = {
        subscriptions,
        references,
        deliveries: createTableDeliveryStore(table('deliveries')),
        sender: createAlertSender({ settings: { allowedTenants: [] } }),
        jobs: createJobsService({ client: upstream.source, organizations: () => Promise.resolve(organizations), now: () => new Date() }),
        settings: { schedule: '0 */5 * * * *', rpoHours: 24 },
        now: () => new Date(),
        logger: quietLogger,
      };
      const createdAt = new Date().toISOString();
      for (let i = 0; i < s; i += 1) {
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
          createdAt,
        });
      }
      const run = async () => {
        const before = upstream.calls.count;
        const started = process.hrtime.bigint();
        const report = await deliverAlerts(deps);
        return { calls: upstream.calls.count - before, ms: round(millisSince(started)), sent: report.sent };
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
      const after = (at: bigint) => round(Number(at - injectedAt) / 1e6);
      figures.push({
        subscriptions: s,
        distinctFilters: f,
        quietRunUpstreamCalls: quiet.calls,
        quietRunMs: quiet.ms,
        alertRunUpstreamCalls: alert.calls,
        alertRunMs: alert.ms,
        cardsSent: alert.sent,
        injectionToFirstCardMs: after(arrivals.reduce((a, b) => (a < b ? a : b))),
        injectionToLastCardMs: after(arrivals.reduce((a, b) => (a > b ? a : b))),
      });
    }
    return figures;
  } finally {
    await connector.close();
    await azurite.close();
    await upstream.close();
  }
}
