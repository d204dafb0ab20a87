import { describeShort, describeWhat } from './describeSubscription';

const settings = { schedule: '0 */5 * * * *', rpoHours: 24 };
const jobs = { kind: 'jobs' as const, filter: { statuses: [4 as const], type: 1 as const } };

describe('subscriptions are described in grammatical English', () => {
  test('a job subscription: "new failed backup jobs", never "each new … jobs"', () => {
    expect(describeShort({ id: 1, ...jobs }, settings)).toBe('#1 · new failed backup jobs');
    expect(describeWhat(jobs, settings)).toBe('A card listing new failed backup jobs (each job once, when it reaches that status)');
    expect(`${describeShort({ id: 1, ...jobs }, settings)} ${describeWhat(jobs, settings)}`).not.toMatch(/each new [^(]*jobs/);
  });
});
