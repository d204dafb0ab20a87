import { alertCard, alertSnapshotOf, missedBackupCard } from '../cards';
import type { AdaptiveCardJson, AlertWatch } from '../cards';
import type { JobsService } from '../jobs/JobsService';
import type { Logger } from '../shared/Logger';
import type { Job, Organization } from '../jobs/model';
import { HOUR_MS, MINUTE_MS } from '../jobs/time';
import type { AlertsSettings } from './AlertsSettings';
import { describeFilter, describeShort } from './describeSubscription';
import { digestDue } from './digestDueFor';
import { backupStandings, missedItem } from './missedBackups';
import { isTenantAllowed, tenantOfReference } from './isTenantAllowed';
import { isMuted, newCandidates } from './newJobs';
import type { Candidate } from './newJobs';
import { ALERT_SNAPSHOT } from './ports';
import type { AlertSender, ConversationReferenceStore, DeliveryKey, DeliveryStore, SubscriberZones, SubscriptionStore } from './ports';
import { deliverOnce, gone } from './deliverOnce';
import type { Conversation, RunContext } from './deliverOnce';
import { readWindow } from './readWindow';
import type { Subscription } from './Subscription';
import { withSubscriberZones } from './withSubscriberZones';
import { SUCCESSFUL_BACKUP, backupKey, backupQueries, upstreamQueries } from './upstreamQueries';

export interface AlertRunDeps {
  subscriptions: SubscriptionStore;
  deliveries: DeliveryStore;
  references: ConversationReferenceStore;
  sender: AlertSender;
  jobs: Pick<JobsService, 'getJobs' | 'organizations'>;
  settings: AlertsSettings;
  now: () => Date;
  logger: Logger;
  /** The daily digest card of a subscription, when the summary is available. */
  digestCard?: (subscription: Subscription, now: Date) => Promise<AdaptiveCardJson>;
  /** How long a claim is ours before another run may take it over (default 2 minutes). */
  leaseMs?: number;
  /** Conversations served at once (default 4): each gets at most one new message per run. */
  concurrency?: number;
  /** Zones subscribers set for themselves, which win over the subscription's own at delivery. */
  subscriberZones?: SubscriberZones;
}

/** What one run did: for logs, tests and the bench. */
export interface AlertRunReport {
  subscriptions: number;
  /** Distinct upstream listings (job filters and missed-backup windows). */
  listings: number;
  /** Upstream calls made (pages of 100). */
  upstreamCalls: number;
  failedListings: number;
  sent: number;
  updated: number;
  retryLater: number;
  gone: number;
  deferred: number;
  /** Conversations of a tenant no longer served (BOT_ALLOWED_TENANTS): their subscriptions were disabled. */
  refusedTenant: number;
}

interface MissedPlan {
  subscription: Subscription;
  organization: Organization;
}
interface ResolvedPlan extends MissedPlan {
  lastSuccess: string;
}
interface ConversationPlan {
  subscriptions: Subscription[];
  candidates: Candidate[];
  /** Job subscriptions whose every listing answered: their watermark may move. */
  complete: Set<Subscription>;
  missed: MissedPlan[];
  resolved: ResolvedPlan[];
  digests: Subscription[];
}

/** A run as one conversation sees it: every port of the run. */
type Run = RunContext & { deps: AlertRunDeps };

const keyOf = (subscription: Subscription, item: string): DeliveryKey => ({
  conversationId: subscription.conversationId,
  subscriptionId: subscription.id,
  item,
});

/**
 * One run of the deliverAlerts timer: reads every enabled subscription, asks the upstream once per
 * distinct listing, decides what is new per subscription, claims it, sends at most one new card per
 * conversation, records it, and moves watermarks. Safe to run concurrently and after a crash:
 * claims make each (subscription, job, status) go out once; a transient send failure gives its
 * claims back and keeps the watermark, so a later run retries.
 */
export async function deliverAlerts(deps: AlertRunDeps): Promise<AlertRunReport> {
  const now = deps.now();
  const all = await withSubscriberZones(await deps.subscriptions.listEnabled(), deps.subscriberZones, deps.logger);
  const mutes = all.length > 0 ? await deps.subscriptions.activeMutes(now) : [];
  const report: AlertRunReport = {
    subscriptions: all.length,
    listings: 0,
    upstreamCalls: 0,
    failedListings: 0,
    sent: 0,
    updated: 0,
    retryLater: 0,
    gone: 0,
    deferred: 0,
    refusedTenant: 0,
  };
  const counter = { calls: 0 };

  const { queries, of } = upstreamQueries(all);
  const listings = new Map<string, Job[] | undefined>();
  const failed = (key: string) => listings.get(key) === undefined;
  const read = async (key: string, work: () => Promise<Job[]>) => {
    try {
      listings.set(key, await work());
    } catch (error) {
      // Upstream down: nothing about these subscriptions is decided this run; their watermarks stay.
      report.failedListings += 1;
      deps.logger.warn('Alert listing failed; retried next run', { key, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const end = now.toISOString();
  const backups = backupQueries(all, deps.settings.rpoHours);
  await Promise.all([
    ...queries.map((q) =>
      read(q.key, () =>
        readWindow(
          deps.jobs,
          {
            type: q.type,
            statuses: q.status === undefined ? [] : [q.status],
            startTime: q.startTime,
            endTime: end,
            ...(q.organizationId && { organizationId: q.organizationId }),
          },
          counter,
        ),
      ),
    ),
    ...backups.map((q) =>
      read(`backup|${q.key}`, () =>
        readWindow(
          deps.jobs,
          {
            ...SUCCESSFUL_BACKUP,
            statuses: [SUCCESSFUL_BACKUP.status],
            startTime: new Date(now.getTime() - q.thresholdHours * HOUR_MS).toISOString(),
            endTime: end,
            ...(q.organizationId && { organizationId: q.organizationId }),
          },
          counter,
        ),
      ),
    ),
  ]);
  report.listings = queries.length + backups.length;
  const watchesAny = all.some((s) => s.kind === 'missedBackup' && !s.filter.organizationId);
  const organizations = watchesAny ? await deps.jobs.organizations().catch(() => undefined) : [];

  const plans = new Map<string, ConversationPlan>();
  for (const subscription of all) {
    const plan = plans.get(subscription.conversationId) ?? {
      subscriptions: [],
      candidates: [],
      complete: new Set(),
      missed: [],
      resolved: [],
      digests: [],
    };
    plans.set(subscription.conversationId, plan);
    plan.subscriptions.push(subscription);
    if (subscription.kind === 'jobs') {
      const keys = of(subscription);
      const jobs = keys.flatMap((key) => listings.get(key) ?? []);
      plan.candidates.push(...newCandidates(subscription, jobs, mutes, now));
      if (keys.every((key) => !failed(key))) plan.complete.add(subscription);
    } else if (subscription.kind === 'missedBackup') {
      const successes = listings.get(`backup|${backupKey(subscription, deps.settings.rpoHours)}`);
      const watched = subscription.filter.organizationId
        ? [{ id: subscription.filter.organizationId, name: subscription.filter.organizationName ?? subscription.filter.organizationId }]
        : organizations;
      if (!successes || !watched) continue;
      for (const standing of backupStandings(watched, successes)) {
        if (isMuted(mutes, subscription.conversationId, standing.organization.id, now)) continue;
        if (standing.missed) plan.missed.push({ subscription, organization: standing.organization });
        else plan.resolved.push({ subscription, organization: standing.organization, lastSuccess: standing.lastSuccess });
      }
    } else if (deps.digestCard && subscription.digest) {
      plan.digests.push(subscription);
    }
  }

  const entries = [...plans.entries()];
  const workers = Array.from({ length: Math.min(deps.concurrency ?? 4, entries.length) }, async () => {
    for (let next = entries.shift(); next; next = entries.shift()) {
      await deliverTo(next[0], next[1], deps, now, report).catch((error: unknown) => {
        deps.logger.error('Alert delivery to a conversation failed; retried next run', {
          error: error instanceof Error ? error.message : String(error),
        });
      });
    }
  });
  await Promise.all(workers);
  report.upstreamCalls = counter.calls;
  deps.logger.info('Alerts delivered', { ...report });
  return report;
}

/** One conversation's share of a run: in-place updates, then at most one new message. */
async function deliverTo(
  conversationId: string,
  plan: ConversationPlan,
  deps: AlertRunDeps,
  now: Date,
  report: AlertRunReport,
): Promise<void> {
  const stored = await deps.references.get(conversationId);
  const run: Run = { deps, now, lease: new Date(now.getTime() + (deps.leaseMs ?? 2 * MINUTE_MS)), report };
  if (!stored) {
    await gone(
      { id: conversationId, subscriptions: plan.subscriptions },
      'no conversation reference (the bot was removed from the conversation)',
      run,
    );
    return;
  }
  const tenantId = tenantOfReference(stored.reference);
  if (!isTenantAllowed(deps.settings.allowedTenants ?? [], tenantId)) {
    // The tenant was removed from the allowlist after subscribing: stop for good, with a reason an admin can read.
    report.refusedTenant += 1;
    deps.logger.warn('Conversation of a tenant not served; its subscriptions are disabled', {
      tenantId: tenantId ?? 'unknown',
      subscriptions: plan.subscriptions.map((s) => s.id),
    });
    const reason = `tenant ${tenantId ?? '(unknown)'} is not in BOT_ALLOWED_TENANTS`;
    await Promise.all(plan.subscriptions.map((s) => deps.subscriptions.disable(s, reason)));
    return;
  }
  if (stored.notBefore && Date.parse(stored.notBefore) > now.getTime()) {
    // The connector asked us to wait (Retry-After): nothing claimed, no watermark moved.
    report.deferred += 1;
    return;
  }
  const conversation: Conversation = { id: conversationId, reference: stored.reference, subscriptions: plan.subscriptions };

  for (const resolved of plan.resolved) {
    const key = keyOf(resolved.subscription, missedItem(resolved.organization.id));
    const sent = await deps.deliveries.get(key);
    if (!sent) continue;
    if (sent.activityId) {
      const card = missedBackupCard({ ...missedInput(resolved, sent.detail, deps.settings, now), resolvedAt: resolved.lastSuccess });
      const outcome = await deps.sender.update(conversation.reference, sent.activityId, card);
      if (outcome.kind === 'retryLater') continue;
      if (outcome.kind === 'gone') return gone(conversation, outcome.reason, run);
      report.updated += 1;
    }
    // The episode is over: the next miss opens a new one.
    await deps.deliveries.forget(key);
  }

  const news = await deliverOnce(
    conversation,
    plan.candidates,
    (c) => keyOf(c.subscription, c.item),
    (claimed) => {
      const watches = new Map(claimed.map(({ subscription: s }) => [s, watchOf(s, deps.settings)]));
      const found = claimed.map((c) => ({ job: c.job, watch: watches.get(c.subscription)! }));
      const snapshot = alertSnapshotOf(found, now, { subscriptionId: claimed[0]!.subscription.id, item: claimed[0]!.item });
      // The first record keeps what the card shows: Acknowledge redraws it from here, never from the invoke.
      return { card: alertCard(snapshot), detail: { [ALERT_SNAPSHOT]: JSON.stringify(snapshot) } };
    },
    run,
  );
  if (news.kind === 'gone') return;
  // Held by another run, or given back for a retry: keep the watermark so that a later run looks again.
  const held = new Set([...news.busy, ...(news.kind === 'retryLater' ? news.claimed : [])].map((c) => c.subscription));
  if (news.kind === 'retryLater') return;

  for (const subscription of plan.complete) {
    if (!held.has(subscription)) await deps.subscriptions.advanceWatermark(subscription, now.toISOString());
  }

  // At most one new message per conversation per run: a missed backup or a digest waits for the next run.
  if (news.kind === 'none' && !(await sendFirstMissed(conversation, plan, run))) await sendFirstDigest(conversation, plan, run);
}

async function sendFirstMissed(conversation: Conversation, plan: ConversationPlan, run: Run) {
  const { settings } = run.deps;
  for (const missed of plan.missed) {
    const detail = { openedAt: run.now.toISOString(), organizationName: missed.organization.name };
    const delivered = await deliverOnce(
      conversation,
      [missed],
      (m) => keyOf(m.subscription, missedItem(m.organization.id)),
      () => ({ card: missedBackupCard(missedInput(missed, detail, settings, run.now)), detail }),
      run,
    );
    if (delivered.kind !== 'none') return true;
  }
  return false;
}

async function sendFirstDigest(conversation: Conversation, plan: ConversationPlan, run: Run) {
  const { digestCard } = run.deps;
  for (const subscription of plan.digests) {
    const due = digestDue(subscription, run.now);
    if (!due || !digestCard) continue;
    const delivered = await deliverOnce(
      conversation,
      [subscription],
      (s) => keyOf(s, `digest:${due.toISOString()}`),
      async () => ({ card: await digestCard(subscription, run.now) }),
      run,
    );
    if (delivered.kind === 'sent') await run.deps.subscriptions.advanceWatermark(subscription, due.toISOString());
    if (delivered.kind !== 'none') return;
  }
}

/** A subscription as its alert card names it. */
const watchOf = (subscription: Subscription, settings: AlertsSettings): AlertWatch => ({
  about: describeShort(subscription, settings),
  timeZone: subscription.timeZone,
  filter: subscription.filter,
  reading: describeFilter(subscription.filter),
});

function missedInput(plan: MissedPlan, detail: Record<string, string> | undefined, settings: AlertsSettings, now: Date) {
  return {
    organizationId: plan.organization.id,
    organizationName: detail?.organizationName ?? plan.organization.name,
    thresholdHours: plan.subscription.thresholdHours ?? settings.rpoHours,
    timeZone: plan.subscription.timeZone,
    openedAt: detail?.openedAt ?? now.toISOString(),
    about: describeShort(plan.subscription, settings),
  };
}
