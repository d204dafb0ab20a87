import { alertCard, alertSnapshot, missedBackupCard, subscribedCard, subscriptionsCard } from '../../cards';
import { TEAMS_MESSAGE_LIMIT_BYTES, cardSizeBytes } from '../../cards';
import type { Job } from '../../jobs/model';
import { expectValidCard } from '../cards/cardRules';
import { textsIn } from '../cards/walkCard';
import { testJob } from '../support/testJob';

const NOW = new Date('2026-11-28T13:05:00Z');
const job = (i: number, name = 'Contoso'): Job =>
  testJob({
    jobId: `DCIB202611281${String(i).padStart(5, '0')}00000000`.slice(0, 26),
    status: i % 3 === 0 ? 7 : 4,
    backupSize: 1024,
    organizationName: name,
  });
const ledger = { subscriptionId: 1, item: 'DCIB2026112810000100000000:4' };
const showAll = {
  query: {
    page: 1,
    pageSize: 10,
    type: 1 as const,
    statuses: [4 as const],
    startTime: '2026-11-28T12:00:00.000Z',
    endTime: '2026-11-28T12:00:01.000Z',
  },
  reading: 'failed backup jobs',
  timeZone: 'Europe/Berlin',
};

describe('alert cards keep the card rules', () => {
  test('an alert with rows, and acknowledged: who and when, without the button', () => {
    const snapshot = alertSnapshot({
      jobs: [job(1), job(2)],
      about: '#1 · new failed backup jobs',
      timeZone: 'Europe/Berlin',
      now: NOW,
      ledger,
    });
    const card = alertCard(snapshot);
    expectValidCard(card);
    expect(JSON.stringify(card)).toContain('"title":"Acknowledge"');
    const acknowledged = alertCard(snapshot, { by: 'Ada Admin', at: new Date('2026-11-28T13:10:00Z') });
    expectValidCard(acknowledged);
    expect(textsIn(acknowledged)).toContain('✔ Acknowledged by Ada Admin at 28 Nov 14:10');
    expect(JSON.stringify(acknowledged)).not.toContain('"title":"Acknowledge"');
  });

  test('each row says how many items failed and were skipped; one job has its detail as a button, a new message', () => {
    const failing = testJob({ ...job(1), failedRecord: 3, skippedRecord: 1 });
    const card = alertCard(alertSnapshot({ jobs: [failing], about: '#1 · new failed backup jobs', timeZone: 'UTC', now: NOW, ledger }));
    expectValidCard(card);
    expect(textsIn(card).find((t) => t.startsWith('Failed'))).toMatch(/ · 3 failed, 1 skipped items$/);
    expect((card as { actions: unknown[] }).actions).toContainEqual({
      type: 'Action.Submit',
      title: 'Job details',
      data: { verb: 'detail', jobId: failing.jobId },
    });
    const two = alertCard(
      alertSnapshot({
        jobs: [testJob({ ...job(1), failedRecord: 0, skippedRecord: 1 }), job(2)],
        about: 'x',
        timeZone: 'UTC',
        now: NOW,
        ledger,
      }),
    );
    expect(textsIn(two).find((t) => t.startsWith('Failed'))).toMatch(/ · 1 skipped item$/);
    expect(JSON.stringify(two)).not.toContain('Job details');
  });

  test("collapsed (more than 10 jobs) with Show all; the longest names stay under Teams' size limit", () => {
    const snapshot = alertSnapshot({
      jobs: Array.from({ length: 50 }, (_, i) => job(i, '組織'.repeat(100))),
      about: 'x'.repeat(400),
      timeZone: 'Europe/Berlin',
      now: NOW,
      ledger,
      showAll,
    });
    const card = alertCard(snapshot);
    expectValidCard(card);
    expect(cardSizeBytes(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    const ten = alertCard(
      alertSnapshot({
        jobs: Array.from({ length: 10 }, (_, i) => job(i, '組織'.repeat(100))),
        about: 'x'.repeat(400),
        timeZone: 'Europe/Berlin',
        now: NOW,
        ledger,
      }),
    );
    expect(cardSizeBytes(ten)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  });

  test('missed backup, open and resolved; subscriptions list; confirmation', () => {
    const missed = {
      organizationId: '6f1c2a4e-3b5d-4e8f-9a10-2b3c4d5e6f70',
      organizationName: 'Contoso',
      thresholdHours: 12,
      timeZone: 'Europe/Berlin',
      openedAt: '2026-11-28T12:00:00.000Z',
      about: '#2',
    };
    expectValidCard(missedBackupCard(missed));
    expectValidCard(missedBackupCard({ ...missed, resolvedAt: '2026-11-28T13:05:00.000Z' }));
    expectValidCard(
      subscriptionsCard({
        rows: [{ id: 1, what: '#1 · new failed backup jobs', how: 'Checked every 5 minutes' }],
        mutes: ['Contoso muted until 28 Nov 16:00'],
        note: 'Unsubscribed #2.',
      }),
    );
    expectValidCard(subscriptionsCard({ rows: [], mutes: [] }));
    expectValidCard(
      subscribedCard({
        title: 'Subscribed: alert #1',
        what: 'A card',
        where: 'This chat',
        howOften: 'Checked every 5 minutes',
        hint: 'unsubscribe 1',
      }),
    );
  });
});
