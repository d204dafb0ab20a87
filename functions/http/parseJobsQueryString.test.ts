import { ValidationError } from '../../shared/errors';
import { parseJobsQueryString } from './parseJobsQueryString';

const now = new Date('2026-11-28T12:00:00Z');
const parse = (qs: string) => parseJobsQueryString(new URLSearchParams(qs), now);
const fieldsOf = (qs: string) => {
  try {
    parse(qs);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => i.field);
    throw error;
  }
  return [];
};

describe('parseJobsQueryString', () => {
  it('reads the short form', () => {
    expect(
      parse(
        'status=failed&type=backup&start=2026-11-20T00:00:00Z&end=2026-11-21T00:00:00Z&org=8c3b6a4e-0f7c-4c59-9d2a-6b0e3f1d2a77&page=2&size=20',
      ),
    ).toEqual({
      page: 2,
      pageSize: 20,
      type: 1,
      startTime: '2026-11-20T00:00:00.000Z',
      endTime: '2026-11-21T00:00:00.000Z',
      statuses: [4],
      organizationId: '8c3b6a4e-0f7c-4c59-9d2a-6b0e3f1d2a77',
    });
  });

  it.each([
    ['', { page: 1, pageSize: 10, type: 0, statuses: [] }],
    ['status=failed,finishedWithException', { statuses: [4, 7] }],
    ['status=failed&status=7&status=', { statuses: [4, 7] }],
    ['pageSize=5&pageIndex=3', { pageSize: 5, page: 3 }],
    ['finishTime=2026-11-27T00:00:00Z', { endTime: '2026-11-27T00:00:00.000Z' }],
    ['code=secret-key&q=&tz=UTC&whatever=1', { page: 1 }],
    ['start=1795132800000', { startTime: '2026-11-20T00:00:00.000Z' }],
  ])('accepts %s', (qs, expected) => {
    expect(parse(qs)).toMatchObject(expected);
  });

  it.each([
    ['size=0', ['size']],
    ['pageSize=500', ['pageSize']],
    ['page=-1', ['page']],
    ['status=broken', ['status']],
    ['type=everything', ['type']],
    ['org=contoso', ['org']],
    ['organizationId=x', ['organizationId']],
    ['start=2026-11-27T00:00:00Z&end=2026-11-20T00:00:00Z', ['start']],
    ['end=2030-01-01T00:00:00Z', ['end']],
    ['objectType=abc', ['objectType']],
  ])('rejects %s naming %j', (qs, fields) => {
    expect(fieldsOf(qs)).toEqual(fields);
  });
});
