import type { Job } from '../jobs/model';
import { newCandidates } from './newJobs';
import type { Subscription } from './Subscription';
import { testJob } from '../test/support/testJob';

const CREATED = '2026-11-28T12:00:00.000Z';
const subscription = (watermark: string): Subscription => ({
  conversationId: 'c',
  id: 1,
  kind: 'jobs',
  filter: { statuses: [4], type: 1 },
  timeZone: 'UTC',
  createdBy: 'Ada',
  createdAt: CREATED,
  enabled: true,
  watermark,
});
const failedAt = (finishTime: string): Job =>
  testJob({ jobId: `DCIB-${finishTime}`, startTime: finishTime, finishTime, durationHours: 0, organizationId: 'org' });
const ids = (s: Subscription, finishTimes: string[]) => newCandidates(s, finishTimes.map(failedAt)).map((c) => c.job.finishTime);

describe('what is new for a subscription', () => {
  test('a new subscription announces nothing that happened before it was made, not even within the overlap', () => {
    expect(ids(subscription(CREATED), ['2026-11-28T11:50:00.000Z', '2026-11-28T12:00:00.000Z', '2026-11-28T12:00:01.000Z'])).toEqual([
      '2026-11-28T12:00:01.000Z',
    ]);
  });

  test('later runs look 15 minutes behind the watermark (claims keep it once)', () => {
    expect(
      ids(subscription('2026-11-28T12:30:00.000Z'), ['2026-11-28T12:14:59.000Z', '2026-11-28T12:15:01.000Z', '2026-11-28T12:31:00.000Z']),
    ).toEqual(['2026-11-28T12:15:01.000Z', '2026-11-28T12:31:00.000Z']);
  });
});
