import { DAY_MS, planDay } from '../../simulator/dataGenerator';
import { JOB_ID_PREFIX } from '../../simulator/jobIds';
import { createJobStore, HISTORY_DAYS } from '../../simulator/jobStore';
import { ORGANIZATIONS } from '../../simulator/organizations';
import type { Job } from '../../jobs/model';

const NOW = Date.parse('2026-11-28T12:34:56Z');
const contoso = ORGANIZATIONS[0]!;
const day = Math.floor(NOW / DAY_MS) - 3;

const everything = (nowMs: number): Job[] =>
  createJobStore(7, ORGANIZATIONS).query({ pageIndex: 1, pageSize: 1_000_000, type: 0, startMs: 0, finishMs: nowMs + 1 }, nowMs).jobs;
const all = everything(NOW);

describe('planDay', () => {
  it('is deterministic for one (seed, day, organisation)', () => {
    expect(planDay(7, day, contoso)).toEqual(planDay(7, day, contoso));
  });
  it.each([
    { name: 'another day', other: () => planDay(7, day - 1, contoso) },
    { name: 'another seed', other: () => planDay(8, day, contoso) },
    { name: 'another organisation', other: () => planDay(7, day, ORGANIZATIONS[1]!) },
  ])('differs for $name', ({ other }) => {
    expect(other().map((j) => j.jobId)).not.toEqual(planDay(7, day, contoso).map((j) => j.jobId));
  });
});

describe('generated history', () => {
  it(`spans the last ${HISTORY_DAYS} days at the intended scale (tens of thousands)`, () => {
    expect(all.length).toBeGreaterThan(15_000);
    expect(all.length).toBeLessThan(60_000);
    const oldest = Date.parse(all[all.length - 1]!.startTime);
    expect(oldest).toBeGreaterThanOrEqual(NOW - HISTORY_DAYS * DAY_MS);
    expect(oldest).toBeLessThan(NOW - (HISTORY_DAYS - 1) * DAY_MS);
  });

  it('holds every job type and status, mostly finished backups', () => {
    expect(new Set(all.map((j) => j.type))).toEqual(new Set([1, 2, 4, 8, 16, 32]));
    expect(new Set(all.map((j) => j.status))).toEqual(new Set([2, 3, 4, 7]));
    const finishedBackups = all.filter((j) => j.type === 1 && j.status === 3).length;
    expect(finishedBackups / all.length).toBeGreaterThan(0.6);
  });

  it('has failures every day', () => {
    const failedDays = new Set(all.filter((j) => j.status === 4).map((j) => j.startTime.slice(0, 10)));
    const days = new Set(all.map((j) => j.startTime.slice(0, 10)));
    expect(failedDays).toEqual(days);
  });

  it('shows a job in progress (2, finishTime null) exactly while it runs at now', () => {
    expect(all.filter((j) => (j.finishTime === null) !== (j.status === 2))).toEqual([]);
    expect(all.filter((j) => j.finishTime !== null && Date.parse(j.finishTime) > NOW)).toEqual([]);
    const running = all.filter((j) => j.status === 2);
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((j) => Date.parse(j.startTime) > NOW - DAY_MS)).toBe(true);
  });

  it('keeps counts consistent', () => {
    const inconsistent = all.filter(
      (j) =>
        j.successfulEntity < 0 ||
        j.successfulRecord < 0 ||
        j.successfulEntity + j.failedEntity + j.skippedEntity + j.warningEntity > j.totalEntity ||
        j.successfulRecord + j.failedRecord + j.skippedRecord + j.warningRecord > j.totalRecord,
    );
    expect(inconsistent).toEqual([]);
  });

  it('encodes type and UTC start time in the job id: prefix + yyyyMMddHHmmss + 8 digits', () => {
    const decoded = (jobId: string) => {
      const match = /^([A-Z]{4})(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{8}$/.exec(jobId);
      if (!match) return undefined;
      const [, prefix, y, mo, d, h, mi, s] = match;
      return { prefix, startTime: `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z` };
    };
    const wrong = all.filter(
      (j) => JSON.stringify(decoded(j.jobId)) !== JSON.stringify({ prefix: JOB_ID_PREFIX[j.type], startTime: j.startTime }),
    );
    expect(wrong).toEqual([]);
    expect(new Set(all.map((j) => j.jobId)).size).toBe(all.length);
  });

  it('keeps finished jobs identical when now moves on (until they leave the window)', () => {
    const laterNow = NOW + 6 * 3_600_000;
    const later = new Map(everything(laterNow).map((j) => [j.jobId, j]));
    const stillShown = all.filter((j) => j.status !== 2 && Date.parse(j.startTime) >= laterNow - HISTORY_DAYS * DAY_MS);
    expect(stillShown.filter((job) => JSON.stringify(later.get(job.jobId)) !== JSON.stringify(job))).toEqual([]);
  });
});
