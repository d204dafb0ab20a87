import { alertCard, alertSnapshot, missedBackupCard } from '../cards';
import type { AlertSnapshot } from '../cards/alertSnapshot';
import type { AdaptiveCardJson } from '../cards/expand';
import type { JobsService } from '../jobs/JobsService';
import type { Logger } from '../jobs/Logger';
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
import type {
  AlertSender,
  ConversationReferenceStore,
  DeliveryKey,
  DeliveryStore,
  SendOutcome,
  StoredReference,
  SubscriberZones,
  SubscriptionStore,
} from './ports';
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
  if (!stored) {
    await gone(conversationId, plan, deps, 'no conversation reference (the bot was removed from the conversation)', report);
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
  const { reference } = stored;
  const lease = new Date(now.getTime() + (deps.leaseMs ?? 2 * MINUTE_MS));

  for (const resolved of plan.resolved) {
    const key = keyOf(resolved.subscription, missedItem(resolved.organization.id));
    const sent = await deps.deliveries.get(key);
    if (!sent) continue;
    if (sent.activityId) {
      const card = missedBackupCard({ ...missedInput(resolved, sent.detail, deps.settings), resolvedAt: resolved.lastSuccess });
      const outcome = await deps.sender.update(reference, sent.activityId, card);
      if (outcome.kind === 'retryLater') continue;
      if (outcome.kind === 'gone') return gone(conversationId, plan, deps, outcome.reason, report);
      report.updated += 1;
    }
    // The episode is over: the next miss opens a new one.
    await deps.deliveries.forget(key);
  }

  const held = new Set<Subscription>();
  const claimed: Array<{ candidate: Candidate; token: string }> = [];
  for (const candidate of plan.candidates) {
    const result = await deps.deliveries.claim(keyOf(candidate.subscription, candidate.item), lease, now);
    if (result.kind === 'claimed') claimed.push({ candidate, token: result.token });
    // Another run holds it right now: if its send fails, it gives the claim back; keep the watermark so we look again.
    else if (result.kind === 'busy') held.add(candidate.subscription);
  }

  let messageSent = false;
  if (claimed.length > 0) {
    const first = keyOf(claimed[0]!.candidate.subscription, claimed[0]!.candidate.item);
    const snapshot = alertSnapshotFor(
      claimed.map((c) => c.candidate),
      deps.settings,
      now,
      { subscriptionId: first.subscriptionId, item: first.item },
    );
    const outcome = await send(() => deps.sender.send(reference, alertCard(snapshot)));
    if (outcome.kind === 'gone') {
      await Promise.all(
        claimed.map(({ candidate, token }) => deps.deliveries.release(keyOf(candidate.subscription, candidate.item), token)),
      );
      return gone(conversationId, plan, deps, outcome.reason, report);
    }
    if (outcome.kind === 'retryLater') {
      await Promise.all(
        claimed.map(({ candidate, token }) => deps.deliveries.release(keyOf(candidate.subscription, candidate.item), token)),
      );
      for (const { candidate } of claimed) held.add(candidate.subscription);
      await retryLater(conversationId, outcome, deps, now, report);
      return;
    }
    // NOTE: the one window that cannot be closed: the connector accepted the card and this record is not yet written.
    // The first record keeps what the card shows: Acknowledge redraws it from here, never from the invoke.
    await Promise.all(
      claimed.map(({ candidate, token }, index) =>
        deps.deliveries.markSent(
          keyOf(candidate.subscription, candidate.item),
          token,
          outcome.activityId,
          index === 0 ? { [ALERT_SNAPSHOT]: JSON.stringify(snapshot) } : undefined,
        ),
      ),
    );
    report.sent += 1;
    messageSent = true;
  }

  for (const subscription of plan.complete) {
    if (!held.has(subscription)) await deps.subscriptions.advanceWatermark(subscription, now.toISOString());
  }

  // At most one new message per conversation per run: a missed backup or a digest waits for the next run.
  if (!messageSent) messageSent = await sendFirstMissed(plan, reference, deps, now, lease, report);
  if (!messageSent) await sendFirstDigest(plan, reference, deps, now, lease, report);
}

async function sendFirstMissed(
  plan: ConversationPlan,
  reference: StoredReference,
  deps: AlertRunDeps,
  now: Date,
  lease: Date,
  report: AlertRunReport,
): Promise<boolean> {
  for (const missed of plan.missed) {
    const key = keyOf(missed.subscription, missedItem(missed.organization.id));
    const claim = await deps.deliveries.claim(key, lease, now);
    if (claim.kind !== 'claimed') continue;
    const detail = { openedAt: now.toISOString(), organizationName: missed.organization.name };
    const outcome = await send(() => deps.sender.send(reference, missedBackupCard(missedInput(missed, detail, deps.settings))));
    if (outcome.kind !== 'sent') {
      await deps.deliveries.release(key, claim.token);
      if (outcome.kind === 'gone') await gone(missed.subscription.conversationId, plan, deps, outcome.reason, report);
      else await retryLater(missed.subscription.conversationId, outcome, deps, now, report);
      return true;
    }
    await deps.deliveries.markSent(key, claim.token, outcome.activityId, detail);
    report.sent += 1;
    return true;
  }
  return false;
}

async function sendFirstDigest(
  plan: ConversationPlan,
  reference: StoredReference,
  deps: AlertRunDeps,
  now: Date,
  lease: Date,
  report: AlertRunReport,
): Promise<void> {
  for (const subscription of plan.digests) {
    const due = digestDue(subscription, now);
    if (!due || !deps.digestCard) continue;
    const key = keyOf(subscription, `digest:${due.toISOString()}`);
    const claim = await deps.deliveries.claim(key, lease, now);
    if (claim.kind !== 'claimed') continue;
    const outcome = await send(async () => deps.sender.send(reference, await deps.digestCard!(subscription, now)));
    if (outcome.kind !== 'sent') {
      await deps.deliveries.release(key, claim.token);
      if (outcome.kind === 'gone') await gone(subscription.conversationId, plan, deps, outcome.reason, report);
      else await retryLater(subscription.conversationId, outcome, deps, now, report);
      return;
    }
    await deps.deliveries.markSent(key, claim.token, outcome.activityId);
    await deps.subscriptions.advanceWatermark(subscription, due.toISOString());
    report.sent += 1;
    return;
  }
}

/** A send that throws (a bug, a card that cannot render) is retried later, never taken as delivered. */
async function send(work: () => Promise<SendOutcome>): Promise<SendOutcome> {
  try {
    return await work();
  } catch (error) {
    return { kind: 'retryLater', reason: error instanceof Error ? error.message : String(error) };
  }
}

async function retryLater(
  conversationId: string,
  outcome: Extract<SendOutcome, { kind: 'retryLater' }>,
  deps: AlertRunDeps,
  now: Date,
  report: AlertRunReport,
) {
  report.retryLater += 1;
  deps.logger.warn('Alert not delivered; retried by a later run', { reason: outcome.reason, retryAfterSeconds: outcome.retryAfterSeconds });
  if (outcome.retryAfterSeconds !== undefined)
    await deps.references.deferUntil(conversationId, new Date(now.getTime() + outcome.retryAfterSeconds * 1000));
}

/** The bot was removed there: its subscriptions are disabled (and logged), not retried forever. */
async function gone(
  conversationId: string,
  plan: ConversationPlan,
  deps: AlertRunDeps,
  reason: string,
  report: AlertRunReport,
): Promise<void> {
  report.gone += 1;
  deps.logger.warn('Conversation unreachable; its subscriptions are disabled', {
    reason,
    subscriptions: plan.subscriptions.map((s) => s.id),
  });
  await Promise.all(plan.subscriptions.map((s) => deps.subscriptions.disable(s, `the bot can no longer post here (${reason})`)));
  await deps.references.remove(conversationId);
}

function missedInput(plan: MissedPlan, detail: Record<string, string> | undefined, settings: AlertsSettings) {
  return {
    organizationId: plan.organization.id,
    organizationName: detail?.organizationName ?? plan.organization.name,
    thresholdHours: plan.subscription.thresholdHours ?? settings.rpoHours,
    timeZone: plan.subscription.timeZone,
    openedAt: detail?.openedAt ?? new Date().toISOString(),
    about: describeShort(plan.subscription, settings),
  };
}

/** One card for everything new in a conversation: each job once, whichever subscriptions matched it. */
function alertSnapshotFor(candidates: Candidate[], settings: AlertsSettings, now: Date, ledger: AlertSnapshot['ledger']): AlertSnapshot {
  const jobs = [...new Map(candidates.map((c) => [`${c.job.jobId}:${c.job.status}`, c.job])).values()].sort(
    (a, b) => Date.parse(b.startTime) - Date.parse(a.startTime),
  );
  const subscriptions = [...new Set(candidates.map((c) => c.subscription))];
  const about = subscriptions.map((s) => describeShort(s, settings)).join(' · ');
  const only = subscriptions.length === 1 ? subscriptions[0] : undefined;
  const starts = jobs.map((job) => Date.parse(job.startTime));
  const showAll = only && {
    query: {
      page: 1,
      pageSize: 10,
      type: only.filter.type,
      statuses: [...only.filter.statuses],
      startTime: new Date(Math.min(...starts)).toISOString(),
      endTime: new Date(Math.max(...starts) + 1000).toISOString(),
      ...(only.filter.organizationId && { organizationId: only.filter.organizationId }),
    },
    reading: describeFilter(only.filter),
    timeZone: only.timeZone,
  };
  return alertSnapshot({ jobs, about, timeZone: subscriptions[0]?.timeZone ?? 'UTC', now, ledger, ...(showAll && { showAll }) });
}
