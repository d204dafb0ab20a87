import { randomUUID } from 'node:crypto';
import type { Job, JobQuery, JobsPage } from '../jobs/model';
import { deliverAlerts } from './deliverAlerts';
import type { AlertRunDeps } from './deliverAlerts';
import type { AlertSender, ConversationReferenceStore, DeliveryStore, SendOutcome, SubscriptionStore } from './ports';
import type { Mute, Subscription } from './Subscription';
import { testJob } from '../test/support/testJob';

const CONTOSO = { id: '6f1c2a4e-3b5d-4e8f-9a10-2b3c4d5e6f70', name: 'Contoso' };
const FABRIKAM = { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: 'Fabrikam' };

const job = (over: Partial<Job>): Job =>
  testJob({
    jobId: `DCIB${randomUUID().slice(0, 8)}`,
    startTime: '2026-11-28T11:50:00.000Z',
    finishTime: '2026-11-28T11:59:00.000Z',
    durationHours: 0.15,
    ...over,
  });

/** In-memory ports, with the behaviour the Table adapters promise. */
function world(start: string) {
  const clock = { now: new Date(start) };
  const subs: Subscription[] = [];
  const mutes: Mute[] = [];
  const ledger = new Map<
    string,
    { state: 'claimed' | 'sent'; token?: string; leaseUntil?: number; activityId?: string; detail?: Record<string, string> }
  >();
  const upstream: Job[] = [];
  const queries: JobQuery[] = [];
  const sent: Array<{ method: 'send' | 'update'; conversationId: string; activityId?: string; card: unknown }> = [];
  const answers: SendOutcome[] = [];
  const k = (key: { conversationId: string; subscriptionId: number; item: string }) =>
    `${key.conversationId}|${key.subscriptionId}|${key.item}`;
  const subscriptions: SubscriptionStore = {
    add: async (s) => {
      const stored = {
        ...s,
        id: subs.filter((x) => x.conversationId === s.conversationId).length + 1,
        enabled: true,
        watermark: s.createdAt,
      };
      subs.push(stored);
      return stored;
    },
    list: async (c) => subs.filter((s) => s.conversationId === c),
    listEnabled: async () => subs.filter((s) => s.enabled).map((s) => ({ ...s })),
    remove: async () => false,
    removeAll: async () => 0,
    advanceWatermark: async (s, w) => {
      const found = subs.find((x) => x.conversationId === s.conversationId && x.id === s.id);
      if (found && Date.parse(w) > Date.parse(found.watermark)) found.watermark = w;
    },
    disable: async (s, reason) => {
      const found = subs.find((x) => x.conversationId === s.conversationId && x.id === s.id);
      if (found) Object.assign(found, { enabled: false, disabledReason: reason });
    },
    mute: async (m) => void mutes.push(m),
    activeMutes: async (now) => mutes.filter((m) => Date.parse(m.until) > now.getTime()),
  };
  const deliveries: DeliveryStore = {
    async claim(key, leaseUntil, now) {
      const row = ledger.get(k(key));
      if (row?.state === 'sent') return { kind: 'sent', activityId: row.activityId, detail: row.detail };
      if (row && (row.leaseUntil ?? 0) > now.getTime()) return { kind: 'busy' };
      const token = randomUUID();
      ledger.set(k(key), { state: 'claimed', token, leaseUntil: leaseUntil.getTime() });
      return { kind: 'claimed', token };
    },
    markSent: async (key, _t, activityId, detail) => void ledger.set(k(key), { state: 'sent', activityId, detail }),
    release: async (key, token) => {
      if (ledger.get(k(key))?.token === token) ledger.delete(k(key));
    },
    get: async (key) => {
      const row = ledger.get(k(key));
      return row?.state === 'sent' ? { activityId: row.activityId, detail: row.detail } : undefined;
    },
    forget: async (key) => void ledger.delete(k(key)),
  };
  const references: ConversationReferenceStore = {
    save: async () => undefined,
    remove: async () => undefined,
    deferUntil: async () => undefined,
    get: async (conversationId) => ({ reference: { conversation: { id: conversationId } } }),
  };
  let ids = 0;
  const sender: AlertSender = {
    send: async (reference, card) => {
      const outcome = answers.shift() ?? { kind: 'sent', activityId: `a${++ids}` };
      if (outcome.kind === 'sent')
        sent.push({
          method: 'send',
          conversationId: String((reference.conversation as { id: string }).id),
          activityId: outcome.activityId,
          card,
        });
      return outcome;
    },
    update: async (reference, activityId, card) => (
      sent.push({ method: 'update', conversationId: String((reference.conversation as { id: string }).id), activityId, card }),
      { kind: 'sent', activityId }
    ),
  };
  const getJobs = async (q: JobQuery): Promise<JobsPage> => {
    queries.push(q);
    const matching = upstream.filter(
      (j) =>
        (q.type === 0 || j.type === q.type) &&
        (q.statuses.length === 0 || q.statuses.includes(j.status as never)) &&
        (!q.organizationId || j.organizationId === q.organizationId) &&
        j.startTime >= q.startTime &&
        j.startTime < q.endTime,
    );
    return {
      totalCount: matching.length,
      pageIndex: q.page,
      pageSize: q.pageSize,
      nextLink: null,
      jobs: matching.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
    };
  };
  const deps: AlertRunDeps = {
    subscriptions,
    deliveries,
    references,
    sender,
    jobs: { getJobs, organizations: async () => [CONTOSO, FABRIKAM] },
    settings: { schedule: '0 */5 * * * *', rpoHours: 24 },
    now: () => clock.now,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  };
  const subscribe = (conversationId: string, over: Partial<Subscription>) =>
    subscriptions.add({
      conversationId,
      kind: 'jobs',
      filter: { statuses: [4], type: 1 },
      timeZone: 'Europe/Berlin',
      createdBy: 'Ada',
      createdAt: clock.now.toISOString(),
      ...over,
    });
  const advance = (minutes: number) => void (clock.now = new Date(clock.now.getTime() + minutes * 60_000));
  return { clock, advance, subs, upstream, queries, sent, answers, deps, subscribe, subscriptions, run: () => deliverAlerts(deps) };
}

describe('what a run costs upstream', () => {
  test('S subscriptions over F distinct single-status filters cost F listings (one call each under 100 jobs), not S', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    for (const c of ['c1', 'c2', 'c3']) {
      await w.subscribe(c, { filter: { statuses: [4], type: 1 } });
      await w.subscribe(c, { filter: { statuses: [4], type: 1, organizationId: CONTOSO.id, organizationName: 'Contoso' } });
    }
    const report = await w.run();
    expect(report).toMatchObject({ subscriptions: 6, listings: 2, upstreamCalls: 2 });
  });

  test('a subscription with k statuses reads k listings, shared with any other naming the same status', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', { filter: { statuses: [4, 7], type: 0 } });
    await w.subscribe('c2', { filter: { statuses: [4], type: 0 } });
    expect(await w.run()).toMatchObject({ listings: 2, upstreamCalls: 2 });
  });
});

describe('one card per conversation per run', () => {
  test('jobs matched by two subscriptions of one conversation are one card, each job listed once', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', { filter: { statuses: [4], type: 1 } });
    await w.subscribe('c1', { filter: { statuses: [4], type: 0, organizationId: CONTOSO.id } });
    w.advance(60);
    w.upstream.push(job({}), job({}));
    expect(await w.run()).toMatchObject({ sent: 1 });
    expect(w.sent).toHaveLength(1);
    expect(JSON.stringify(w.sent[0]!.card).match(/"verb":"detail"/g)).toHaveLength(2);
  });

  test('more than 10 jobs collapse into counts with "Show all" for exactly their range and filter', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', {});
    w.advance(60);
    for (let i = 0; i < 12; i += 1) w.upstream.push(job({ startTime: `2026-11-28T11:${String(10 + i).padStart(2, '0')}:00.000Z` }));
    await w.run();
    const card = JSON.stringify(w.sent[0]!.card);
    expect(card).not.toContain('"verb":"detail"');
    expect(card).toContain('❌ 12 failed');
    expect(card).toContain('"title":"Show all"');
    expect(card).toContain('"startTime":"2026-11-28T11:10:00.000Z","endTime":"2026-11-28T11:21:01.000Z"');
  });

  test('a job first seen in progress is announced when it fails (all-status subscriptions announce outcomes only)', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', { filter: { statuses: [], type: 1 } });
    w.advance(55);
    const running = job({ status: 2, finishTime: null });
    w.upstream.push(running);
    await w.run();
    expect(w.sent).toHaveLength(0);
    w.advance(5);
    running.status = 4;
    running.finishTime = '2026-11-28T11:59:00.000Z';
    await w.run();
    expect(w.sent).toHaveLength(1);
    expect(JSON.stringify(w.sent[0]!.card)).toContain(running.jobId);
  });

  test('upstream down during a run: nothing sent, watermark kept; the next run sends it once', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', {});
    w.advance(60);
    w.upstream.push(job({}));
    const getJobs = w.deps.jobs.getJobs;
    w.deps.jobs.getJobs = async () => {
      throw new Error('503');
    };
    expect(await w.run()).toMatchObject({ failedListings: 1, sent: 0 });
    expect(w.subs[0]!.watermark).toBe('2026-11-28T11:00:00.000Z');
    w.deps.jobs.getJobs = getJobs;
    w.advance(30);
    await w.run();
    await w.run();
    expect(w.sent).toHaveLength(1);
  });
});

describe('the tenant allowlist', () => {
  test('a conversation whose tenant was removed from BOT_ALLOWED_TENANTS gets nothing, and its subscriptions are disabled with the reason', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', {});
    await w.subscribe('c2', {});
    const tenants: Record<string, string> = { c1: 'tenant-kept', c2: 'tenant-removed' };
    w.deps.references.get = async (conversationId) => ({
      reference: { conversation: { id: conversationId, tenantId: tenants[conversationId] } },
    });
    w.deps.settings = { ...w.deps.settings, allowedTenants: ['TENANT-KEPT'] };
    w.advance(60);
    w.upstream.push(job({}));
    expect(await w.run()).toMatchObject({ sent: 1, refusedTenant: 1 });
    expect(w.sent.map((s) => s.conversationId)).toEqual(['c1']);
    expect(w.subs.find((s) => s.conversationId === 'c2')).toMatchObject({
      enabled: false,
      disabledReason: 'tenant tenant-removed is not in BOT_ALLOWED_TENANTS',
    });
    expect(w.subs.find((s) => s.conversationId === 'c1')).toMatchObject({ enabled: true });
  });

  test('with an allowlist, a conversation whose reference names no tenant is refused too', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', {});
    w.deps.settings = { ...w.deps.settings, allowedTenants: ['tenant-kept'] };
    w.advance(60);
    w.upstream.push(job({}));
    expect(await w.run()).toMatchObject({ sent: 0, refusedTenant: 1 });
    expect(w.subs[0]).toMatchObject({ enabled: false });
  });
});

describe("the subscriber's own zone at delivery", () => {
  test('a zone the subscriber set after subscribing (in UTC) is the one the alert card and the digest use', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', { timeZone: 'UTC', subscriberId: 'user-ada' });
    await w.subscribe('c2', { timeZone: 'UTC', subscriberId: 'user-bob' });
    await w.subscribe('c3', {
      kind: 'digest',
      timeZone: 'UTC',
      subscriberId: 'user-ada',
      digest: { localTime: '08:00', timeZone: 'UTC' },
    });
    w.deps.subscriberZones = { timeZoneOf: async (id) => (id === 'user-ada' ? 'Asia/Tokyo' : undefined) };
    const digests: string[] = [];
    w.deps.digestCard = async (s) => (digests.push(s.timeZone), { type: 'AdaptiveCard', version: '1.5', body: [] });
    w.clock.now = new Date('2026-11-28T23:10:00.000Z');
    w.upstream.push(job({}));
    await w.run();
    const byConversation = Object.fromEntries(w.sent.map((s) => [s.conversationId, JSON.stringify(s.card)]));
    expect(byConversation.c1).toContain('times in Asia/Tokyo');
    expect(byConversation.c2).toContain('times in UTC');
    // 23:10 UTC is 08:10 in Tokyo: the 08:00 Tokyo digest is due; in UTC the last 08:00 came before the subscription.
    expect(digests).toEqual(['Asia/Tokyo']);
  });
});

describe('mute windows', () => {
  test('nothing about a muted organisation until the window passes; others still alerted', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', { filter: { statuses: [4], type: 1 } });
    await w.subscriptions.mute({
      conversationId: 'c1',
      organizationId: CONTOSO.id,
      organizationName: 'Contoso',
      until: '2026-11-28T13:00:00.000Z',
    });
    w.advance(60);
    w.upstream.push(job({}), job({ organizationId: FABRIKAM.id, organizationName: 'Fabrikam' }));
    await w.run();
    expect(JSON.stringify(w.sent[0]!.card)).toContain('Fabrikam');
    expect(JSON.stringify(w.sent[0]!.card)).not.toContain('"Contoso"');
    w.clock.now = new Date('2026-11-28T13:10:00.000Z');
    w.upstream.push(job({ startTime: '2026-11-28T13:00:00.000Z', finishTime: '2026-11-28T13:05:00.000Z' }));
    await w.run();
    expect(w.sent).toHaveLength(2);
    expect(JSON.stringify(w.sent[1]!.card)).toContain('Contoso');
  });
});

describe('missed backups', () => {
  test('an episode is sent once, then the same card is updated in place when the next backup succeeds', async () => {
    const w = world('2026-11-28T12:00:00.000Z');
    await w.subscribe('c1', {
      kind: 'missedBackup',
      thresholdHours: 12,
      filter: { statuses: [], type: 1, organizationId: CONTOSO.id, organizationName: 'Contoso' },
    });
    await w.run();
    w.advance(5);
    await w.run();
    expect(w.sent.map((s) => s.method)).toEqual(['send']);
    expect(JSON.stringify(w.sent[0]!.card)).toContain('No successful backup for 12 hours');
    w.advance(60);
    w.upstream.push(job({ status: 3, startTime: '2026-11-28T12:50:00.000Z', finishTime: '2026-11-28T13:05:00.000Z' }));
    await w.run();
    expect(w.sent.map((s) => [s.method, s.activityId])).toEqual([
      ['send', 'a1'],
      ['update', 'a1'],
    ]);
    expect(JSON.stringify(w.sent[1]!.card)).toMatch(/Resolved: backup finished at 28 Nov 14:05/);
    w.advance(5);
    await w.run();
    expect(w.sent).toHaveLength(2);
  });
});

describe('a quiet run reads, and writes nothing', () => {
  test('nothing new: no reference, zone or ledger read and no watermark write for any subscription', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    for (const c of ['c1', 'c2', 'c3']) await w.subscribe(c, { subscriberId: `user-${c}` });
    const touched: string[] = [];
    const { deps } = w;
    const references = deps.references;
    deps.references = { ...references, get: async (id) => (touched.push(`reference ${id}`), references.get(id)) };
    deps.subscriberZones = { timeZoneOf: async (id) => (touched.push(`zone ${id}`), undefined) };
    const deliveries = deps.deliveries;
    deps.deliveries = {
      ...deliveries,
      claim: async (key, lease, now) => (touched.push(`claim ${key.item}`), deliveries.claim(key, lease, now)),
      get: async (key) => (touched.push(`ledger ${key.item}`), deliveries.get(key)),
    };
    const subscriptions = deps.subscriptions;
    deps.subscriptions = {
      ...subscriptions,
      advanceWatermark: async (s, at) => (touched.push(`watermark ${s.conversationId}`), subscriptions.advanceWatermark(s, at)),
    };
    w.advance(5);
    expect(await w.run()).toMatchObject({ subscriptions: 3, sent: 0 });
    expect(touched).toEqual([]);
  });

  test('a quiet subscription keeps its watermark until it lags an hour, then it moves without reading its conversation', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', { subscriberId: 'user-ada' });
    const touched: string[] = [];
    const references = w.deps.references;
    w.deps.references = { ...references, get: async (id) => (touched.push(`reference ${id}`), references.get(id)) };
    w.deps.subscriberZones = { timeZoneOf: async (id) => (touched.push(`zone ${id}`), undefined) };
    w.advance(55);
    await w.run();
    expect(w.subs[0]!.watermark).toBe('2026-11-28T11:00:00.000Z');
    w.advance(10);
    await w.run();
    expect(w.subs[0]!.watermark).toBe('2026-11-28T12:05:00.000Z');
    expect(w.sent).toEqual([]);
    expect(touched).toEqual([]);
  });

  test('after a send, the runs that see the same jobs again move the watermark past them, and then are quiet', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', {});
    w.advance(60);
    w.upstream.push(job({}));
    await w.run();
    expect(w.sent).toHaveLength(1);
    for (let run = 0; run < 3; run++) {
      w.advance(5);
      await w.run();
    }
    const touched: string[] = [];
    const deliveries = w.deps.deliveries;
    w.deps.deliveries = {
      ...deliveries,
      claim: async (key, lease, now) => (touched.push(`claim ${key.item}`), deliveries.claim(key, lease, now)),
    };
    w.advance(5);
    await w.run();
    expect(touched).toEqual([]);
    expect(w.sent).toHaveLength(1);
  });

  test('a job passed over during a mute moves the watermark, so it is not announced when the mute ends', async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', {});
    await w.subscriptions.mute({
      conversationId: 'c1',
      organizationId: CONTOSO.id,
      organizationName: 'Contoso',
      until: '2026-11-28T11:40:00.000Z',
    });
    w.upstream.push(job({ startTime: '2026-11-28T11:05:00.000Z', finishTime: '2026-11-28T11:10:00.000Z' }));
    for (let minute = 15; minute <= 60; minute += 5) {
      w.clock.now = new Date(Date.parse('2026-11-28T11:00:00.000Z') + minute * 60_000);
      await w.run();
    }
    expect(w.sent).toEqual([]);
  });
});

describe('a long run', () => {
  test("each conversation's claims hold their lease from when it is served, not from the run's start", async () => {
    const w = world('2026-11-28T11:00:00.000Z');
    await w.subscribe('c1', {});
    await w.subscribe('c2', {});
    w.advance(60);
    w.upstream.push(job({}));
    const { sender, deliveries } = w.deps;
    // Each send takes three minutes, longer than a lease: the run outlasts its first conversation's lease.
    w.deps.sender = { ...sender, send: async (reference, card) => (w.advance(3), sender.send(reference, card)) };
    const claims: Array<{ at: number; leaseUntil: number }> = [];
    w.deps.deliveries = {
      ...deliveries,
      claim: async (key, leaseUntil, now) => (
        claims.push({ at: w.clock.now.getTime(), leaseUntil: leaseUntil.getTime() }),
        deliveries.claim(key, leaseUntil, now)
      ),
    };
    w.deps.concurrency = 1;
    expect(await w.run()).toMatchObject({ sent: 2 });
    expect(claims).toHaveLength(2);
    for (const claim of claims) expect(claim.leaseUntil).toBeGreaterThan(claim.at);
  });
});
