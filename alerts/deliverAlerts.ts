import type { JobsService } from '../jobs/JobsService';
import type { Job } from '../jobs/model';
import { HOUR_MS } from '../jobs/time';
import { deliverTo } from './deliverTo';
import type { ConversationDeps, ConversationPlan } from './deliverTo';
import { backupStandings } from './missedBackups';
import { digestDue } from './digestDueFor';
import { isMuted, newCandidates, watermarkLags } from './newJobs';
import type { Candidate } from './newJobs';
import type { SubscriberZones, SubscriptionStore } from './ports';
import { readWindow } from './readWindow';
import type { Subscription } from './Subscription';
import { withSubscriberZones } from './withSubscriberZones';
import { SUCCESSFUL_BACKUP, backupKey, backupQueries, upstreamQueries } from './upstreamQueries';
import { errorLine } from '../shared/errorLine';

/** Everything one run uses: what each conversation needs (ConversationDeps), and the reads before it. */
export interface AlertRunDeps extends ConversationDeps {
  subscriptions: SubscriptionStore;
  jobs: Pick<JobsService, 'getJobs' | 'organizations'>;
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

/**
 * One run of the deliverAlerts timer: reads every enabled subscription, asks the upstream once per
 * distinct listing, decides what is new per subscription, claims it, sends at most one new card per
 * conversation, records it, and moves watermarks. Safe to run concurrently and after a crash:
 * claims make each (subscription, job, status) go out once; a transient send failure gives its
 * claims back and keeps the watermark, so a later run retries.
 */
export async function deliverAlerts(deps: AlertRunDeps): Promise<AlertRunReport> {
  const now = deps.now();
  const all = await deps.subscriptions.listEnabled();
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
  const complete = new Set<Subscription>();
  const settled = new Set<Subscription>();

  const { queries, of } = upstreamQueries(all);
  const listings = new Map<string, Job[] | undefined>();
  const failed = (key: string) => listings.get(key) === undefined;
  const read = async (key: string, work: () => Promise<Job[]>) => {
    try {
      listings.set(key, await work());
    } catch (error) {
      // Upstream down: nothing about these subscriptions is decided this run; their watermarks stay.
      report.failedListings += 1;
      deps.logger.warn('Alert listing failed; retried next run', { key, error: errorLine(error) });
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

  // What each subscription has to do, decided before any per-subscription read: a quiet run reads and writes nothing more.
  const news = new Map<Subscription, Candidate[]>();
  for (const subscription of all) {
    if (subscription.kind !== 'jobs') continue;
    const keys = of(subscription);
    const found = newCandidates(
      subscription,
      keys.flatMap((key) => listings.get(key) ?? []),
    );
    const shown = found.filter((c) => !isMuted(mutes, subscription.conversationId, c.job.organizationId, now));
    news.set(subscription, shown);
    if (keys.some(failed)) continue;
    complete.add(subscription);
    // A muted job is dealt with by passing over it: the watermark moves past it, so it never turns up after the window.
    if (shown.length < found.length || watermarkLags(subscription, now)) settled.add(subscription);
  }
  const active = all.filter((s) => s.kind !== 'jobs' || news.get(s)!.length > 0 || settled.has(s));
  // The subscriber's zone is looked up where a card may be drawn: jobs with news, and every missed-backup and digest subscription.
  const drawn = active.filter((s) => s.kind !== 'jobs' || news.get(s)!.length > 0);
  const zones = await withSubscriberZones(drawn, deps.subscriberZones, deps.logger);
  const zoned = new Map(drawn.map((s, index) => [s, zones[index]!]));

  const plans = new Map<string, ConversationPlan>();
  for (const stored of active) {
    const subscription = zoned.get(stored) ?? stored;
    const plan = plans.get(subscription.conversationId) ?? {
      subscriptions: [],
      candidates: [],
      complete: new Set(),
      settled: new Set(),
      missed: [],
      resolved: [],
      digests: [],
    };
    plans.set(subscription.conversationId, plan);
    plan.subscriptions.push(subscription);
    if (subscription.kind === 'jobs') {
      plan.candidates.push(...news.get(stored)!.map((c) => ({ ...c, subscription })));
      if (complete.has(stored)) plan.complete.add(subscription);
      if (settled.has(stored)) plan.settled.add(subscription);
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
    } else if (deps.digestCard && digestDue(subscription, now)) {
      plan.digests.push(subscription);
    }
  }
  // A conversation that is served is served whole: when the bot is gone, each of its subscriptions is disabled.
  const served = new Set(active);
  for (const subscription of all) if (!served.has(subscription)) plans.get(subscription.conversationId)?.subscriptions.push(subscription);

  const entries = [...plans.entries()];
  const workers = Array.from({ length: Math.min(deps.concurrency ?? 4, entries.length) }, async () => {
    for (let next = entries.shift(); next; next = entries.shift()) {
      await deliverTo(next[0], next[1], deps, now, report).catch((error: unknown) => {
        deps.logger.error('Alert delivery to a conversation failed; retried next run', {
          error: errorLine(error),
        });
      });
    }
  });
  await Promise.all(workers);
  report.upstreamCalls = counter.calls;
  deps.logger.info('Alerts delivered', { ...report });
  return report;
}
