import { jobQuerySchema } from '../jobs/jobQuerySchema';
import {
  cardActionSchema,
  detailSelectAction,
  executeAction,
  imBackAction,
  imBackSchema,
  listAction,
  listContext,
  READING_MAX,
} from './actions';

const query = {
  page: 2,
  pageSize: 10,
  type: 1,
  startTime: '2026-11-21T23:00:00.000Z',
  endTime: '2026-11-28T15:45:00.000Z',
  statuses: [4, 7],
  organizationId: '3f6c1e2a-7b4d-4c8e-9a1f-2b3c4d5e6f70',
};
const page = { verb: 'page', query, reading: 'Failed jobs · last 7 days (UTC)', timeZone: 'UTC' };
// A summary's Refresh / Try again, as summary cards and error cards in chats carry it.
const summary = {
  verb: 'summary',
  query: { type: 1, startTime: query.startTime, endTime: query.endTime, organizationId: query.organizationId },
  reading: 'Summary · backups · last 7 days (Europe/Berlin)',
  timeZone: 'Europe/Berlin',
  question: { kind: 'any', statuses: [4] },
};

describe('cardActionSchema', () => {
  test.each([
    ['a page action', page],
    ['a retry action', { ...page, verb: 'retry' }],
    ['a detail action (the job id only)', { verb: 'detail', jobId: 'DCIB2026112722300031000000' }],
    [
      'a page action of a refined list (the next page keeps the refinement)',
      { ...page, query: { ...query, refine: { excludeOrganizationIds: [query.organizationId], minSize: 1024, sort: 'oldest', limit: 5 } } },
    ],
    ['a summary action (range, reading, zone and question)', summary],
    ['a summary action without a question', { ...summary, question: undefined }],
  ])('accepts %s', (_, data) => {
    expect(cardActionSchema.parse(data)).toEqual(data);
  });

  test.each([
    ['an unknown verb', { ...page, verb: 'delete' }],
    ['a detail without job id', { ...page, verb: 'detail' }],
    ['a detail with a job id over JOB_ID_MAX', { verb: 'detail', jobId: 'D'.repeat(101) }],
    ['page 0', { ...page, query: { ...query, page: 0 } }],
    ['a refinement whose bounds cross', { ...page, query: { ...query, refine: { minSize: 10, maxSize: 1 } } }],
    ['an unknown order', { ...page, query: { ...query, refine: { sort: 'random' } } }],
    ['an unknown status', { ...page, query: { ...query, statuses: [5] } }],
    ['a time that is not ISO', { ...page, query: { ...query, startTime: 'yesterday' } }],
    ['a missing time zone', { verb: 'page', query, reading: '' }],
    ['a reading over 500 characters', { ...page, reading: 'x'.repeat(501) }],
    ['a summary without its zone', { ...summary, timeZone: '' }],
    ['a summary reading over 500 characters', { ...summary, reading: 'x'.repeat(501) }],
    ['a summary whose range is backwards', { ...summary, query: { ...summary.query, startTime: query.endTime, endTime: query.startTime } }],
    ['an imBack payload', { msteams: { type: 'imBack', value: 'help' } }],
    ['null', null],
  ])('rejects %s', (_, data) => {
    expect(cardActionSchema.safeParse(data).success).toBe(false);
  });

  test('strips keys it does not know (e.g. input values Teams merges in)', () => {
    expect(cardActionSchema.parse({ ...page, extra: 'x' })).toEqual(page);
  });

  test('a detail from an older card (with its list context) still opens, reduced to the job id', () => {
    expect(cardActionSchema.parse({ ...page, verb: 'detail', jobId: 'J1' })).toEqual({ verb: 'detail', jobId: 'J1' });
  });
});

test('executeAction carries the same data in its Submit fallback', () => {
  const data = cardActionSchema.parse(page);
  expect(executeAction(data, 'Next')).toEqual({
    type: 'Action.Execute',
    title: 'Next',
    verb: 'page',
    data,
    fallback: { type: 'Action.Submit', title: 'Next', data },
  });
});

test("a row select action is Action.Execute alone, carrying only the job id (its verb is the action's)", () => {
  expect(detailSelectAction('J1')).toEqual({ type: 'Action.Execute', verb: 'detail', data: { jobId: 'J1' } });
});

test('listAction caps the reading like every list action', () => {
  const data = listAction('retry', { query: jobQuerySchema.parse(query), reading: 'x'.repeat(500), timeZone: 'UTC' });
  expect(data.verb).toBe('retry');
  expect(Array.from(data.reading)).toHaveLength(READING_MAX);
});

test('listContext keeps the reading to one line of at most READING_MAX characters', () => {
  const context = listContext(jobQuerySchema.parse(query), `Failed\njobs ${'x'.repeat(500)}`, 'UTC');
  expect(Array.from(context.reading)).toHaveLength(READING_MAX);
  expect(context.reading).toMatch(/^Failed jobs x+…$/);
});

test('imBackAction posts the text as the user, and imBackSchema reads its data back', () => {
  const action = imBackAction('help');
  expect(action).toEqual({ type: 'Action.Submit', title: 'help', data: { msteams: { type: 'imBack', value: 'help' } } });
  expect(imBackSchema.parse(action.data).msteams.value).toBe('help');
});
