import { alertCard, alertSnapshotOf, missedBackupCard } from '../cards';
import type { AdaptiveCardJson, AlertWatch } from '../cards';
import type { Organization } from '../jobs/model';
import { MINUTE_MS } from '../jobs/time';
import type { AlertsSettings } from './AlertsSettings';
import { deliverOnce, gone } from './deliverOnce';
import type { Conversation, RunContext, RunDeps } from './deliverOnce';
import { describeFilter, describeShort } from './describeSubscription';
import { digestDue } from './digestDueFor';
import { isTenantAllowed, tenantOfReference } from './isTenantAllowed';
import { missedItem } from './missedBackups';
import type { Candidate } from './newJobs';
import { ALERT_SNAPSHOT } from './ports';
import type { DeliveryKey, SubscriptionStore } from './ports';
import type { Subscription } from './Subscription';

export interface MissedPlan {
  subscription: Subscription;
  organization: Organization;
}
export interface ResolvedPlan extends MissedPlan {
  lastSuccess: string;
}
/** What a run decided for one conversation, before anything is claimed. */
export interface ConversationPlan {
  subscriptions: Subscription[];
  candidates: Candidate[];
  /** Job subscriptions whose every listing answered: their watermark may move. */
  complete: Set<Subscription>;
  /** Complete ones whose watermark moves even when nothing is sent (it lags, or a muted job was passed over). */
  settled: Set<Subscription>;
  missed: MissedPlan[];
  resolved: ResolvedPlan[];
  digests: Subscription[];
}

/** What serving one conversation needs of a run. */
export interface ConversationDeps extends RunDeps {
  subscriptions: Pick<SubscriptionStore, 'disable' | 'advanceWatermark'>;
  settings: AlertsSettings;
  /** The daily digest card of a subscription, when the summary is available. */
  digestCard?: (subscription: Subscription, now: Date) => Promise<AdaptiveCardJson>;
  /** How long a claim is ours before another run may take it over (default 2 minutes). */
  leaseMs?: number;
  now: () => Date;
}

/** What serving one conversation counts. */
export type ConversationReport = RunContext['report'] & { updated: number; deferred: number; refusedTenant: number };

/** A run as one conversation sees it. */
type Run = RunContext & { deps: ConversationDeps };

const keyOf = (subscription: Subscription, item: string): DeliveryKey => ({
  conversationId: subscription.conversationId,
  subscriptionId: subscription.id,
  item,
});

/** One conversation's share of a run: in-place updates, then at most one new message. */
export async function deliverTo(
  conversationId: string,
  plan: ConversationPlan,
  deps: ConversationDeps,
  now: Date,
  report: ConversationReport,
): Promise<void> {
  if (!mayPost(plan)) {
    // Nothing to claim or update: only lagging watermarks move, without reading the conversation.
    for (const subscription of plan.settled) await deps.subscriptions.advanceWatermark(subscription, now.toISOString());
    return;
  }
  const stored = await deps.references.get(conversationId);
  // The lease runs from when this conversation is served, not from the run's start: a long run's last claims are live too.
  const run: Run = { deps, now, lease: new Date(deps.now().getTime() + (deps.leaseMs ?? 2 * MINUTE_MS)), report };
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

  // Only a change is written: jobs dealt with (sent now or before), a muted job passed over, or a watermark lagging an hour.
  const offered = new Set(plan.candidates.map((c) => c.subscription));
  for (const subscription of plan.complete) {
    if (held.has(subscription) || !(offered.has(subscription) || plan.settled.has(subscription))) continue;
    await deps.subscriptions.advanceWatermark(subscription, now.toISOString());
  }

  // At most one new message per conversation per run: a missed backup or a digest waits for the next run.
  if (news.kind === 'none' && !(await sendFirstMissed(conversation, plan, run))) await sendFirstDigest(conversation, plan, run);
}

/** Something to claim or update there: only then is the conversation reference read. */
const mayPost = (plan: ConversationPlan): boolean =>
  plan.candidates.length + plan.missed.length + plan.resolved.length + plan.digests.length > 0;

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
