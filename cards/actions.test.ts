import { cardActionSchema, executeAction, imBackAction, listContext, READING_MAX } from './actions';

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

describe('cardActionSchema', () => {
  test.each([
    ['a page action', page],
    ['a retry action', { ...page, verb: 'retry' }],
    ['a detail action', { ...page, verb: 'detail', jobId: 'DCIB2026112722300031000000' }],
  ])('accepts %s', (_, data) => {
    expect(cardActionSchema.parse(data)).toEqual(data);
  });

  test.each([
    ['an unknown verb', { ...page, verb: 'delete' }],
    ['a detail without job id', { ...page, verb: 'detail' }],
    ['page 0', { ...page, query: { ...query, page: 0 } }],
    ['an unknown status', { ...page, query: { ...query, statuses: [5] } }],
    ['a time that is not ISO', { ...page, query: { ...query, startTime: 'yesterday' } }],
    ['a missing time zone', { verb: 'page', query, reading: '' }],
    ['an imBack payload', { msteams: { type: 'imBack', value: 'help' } }],
    ['null', null],
  ])('rejects %s', (_, data) => {
    expect(cardActionSchema.safeParse(data).success).toBe(false);
  });

  test('strips keys it does not know (e.g. input values Teams merges in)', () => {
    expect(cardActionSchema.parse({ ...page, extra: 'x' })).toEqual(page);
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

test('listContext keeps the reading to one line of at most READING_MAX characters', () => {
  const context = listContext(cardActionSchema.parse(page).query, `Failed\njobs ${'x'.repeat(500)}`, 'UTC');
  expect(Array.from(context.reading)).toHaveLength(READING_MAX);
  expect(context.reading).toMatch(/^Failed jobs x+…$/);
});

test('imBackAction posts the text as the user', () => {
  expect(imBackAction('help')).toEqual({ type: 'Action.Submit', title: 'help', data: { msteams: { type: 'imBack', value: 'help' } } });
});
