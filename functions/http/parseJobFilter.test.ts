import { ValidationError } from '../../shared/errors';
import { parseJobFilter } from './parseJobFilter';

const now = new Date('2026-11-28T12:00:00Z');
const issuesOf = (body: unknown) => {
  try {
    parseJobFilter(body, now);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => i.field);
    throw error;
  }
  return [];
};

describe('parseJobFilter', () => {
  it('applies the defaults: page 1, size 10, type 0, the last 7 days, any status', () => {
    expect(parseJobFilter({}, now)).toEqual({
      page: 1,
      pageSize: 10,
      type: 0,
      startTime: '2026-11-21T12:00:00.000Z',
      endTime: '2026-11-28T12:00:00.000Z',
      statuses: [],
    });
  });

  it('reads the seed shape with numbers', () => {
    expect(
      parseJobFilter(
        {
          pageInfo: { currentPage: 2, pageSize: 20 },
          type: 1,
          startTime: '2026-11-20T00:00:00+01:00',
          endTime: Date.UTC(2026, 10, 21),
          status: 4,
          organizationId: '{8C3B6A4E-0F7C-4C59-9D2A-6B0E3F1D2A77}',
          objectType: 3,
          somethingElse: true,
        },
        now,
      ),
    ).toEqual({
      page: 2,
      pageSize: 20,
      type: 1,
      startTime: '2026-11-19T23:00:00.000Z',
      endTime: '2026-11-21T00:00:00.000Z',
      statuses: [4],
      organizationId: '8c3b6a4e-0f7c-4c59-9d2a-6b0e3f1d2a77',
      objectType: 3,
    });
  });

  it.each([
    [{ type: 'backup' }, { type: 1 }],
    [{ type: 'DRY_RUN' }, { type: 4 }],
    [{ type: 'auditBackup' }, { type: 16 }],
    [{ type: '32' }, { type: 32 }],
    [{ status: 'failed' }, { statuses: [4] }],
    [{ status: 'finishedWithException' }, { statuses: [7] }],
    [{ status: 'finished_with_exception' }, { statuses: [7] }],
    [{ status: 'in progress' }, { statuses: [2] }],
    [{ status: ['failed', 7, 'FAILED'] }, { statuses: [4, 7] }],
    [
      { status: null, type: null, pageInfo: null },
      { statuses: [], type: 0, page: 1 },
    ],
    [{ finishTime: '2026-11-27T00:00:00Z' }, { startTime: '2026-11-20T00:00:00.000Z', endTime: '2026-11-27T00:00:00.000Z' }],
    [{ startTime: '2026-11-27T00:00:00Z' }, { startTime: '2026-11-27T00:00:00.000Z', endTime: '2026-11-28T12:00:00.000Z' }],
    [{ startTime: '1795132800000' }, { startTime: '2026-11-20T00:00:00.000Z' }],
    [{ pageInfo: { currentPage: '3', pageSize: '100' } }, { page: 3, pageSize: 100 }],
  ])('accepts %j', (body, expected) => {
    expect(parseJobFilter(body, now)).toMatchObject(expected);
  });

  it.each([
    [null, ['$']],
    [[], ['$']],
    ['text', ['$']],
    [{ pageInfo: 5 }, ['pageInfo']],
    [{ pageInfo: { currentPage: 0 } }, ['pageInfo.currentPage']],
    [{ pageInfo: { currentPage: 1.5 } }, ['pageInfo.currentPage']],
    [{ pageInfo: { pageSize: 101 } }, ['pageInfo.pageSize']],
    [{ pageInfo: { pageSize: 'ten' } }, ['pageInfo.pageSize']],
    [{ type: 3 }, ['type']],
    [{ type: 'backups please' }, ['type']],
    [{ type: true }, ['type']],
    [{ status: 5 }, ['status']],
    [{ status: ['failed', 'nope'] }, ['status[1]']],
    [{ organizationId: 'contoso' }, ['organizationId']],
    [{ organizationId: 42 }, ['organizationId']],
    [{ objectType: -1 }, ['objectType']],
    [{ startTime: '2026-11-20T00:00:00' }, ['startTime']],
    [{ startTime: 'yesterday' }, ['startTime']],
    [{ startTime: '2026-02-30T00:00:00Z' }, ['startTime']],
    [{ startTime: '1999-12-31T23:59:59Z' }, ['startTime']],
    [{ endTime: '2026-11-30T00:00:00Z' }, ['endTime']],
    [{ finishTime: 1.5 }, ['finishTime']],
    [{ startTime: '2026-11-27T00:00:00Z', endTime: '2026-11-26T00:00:00Z' }, ['startTime']],
    [{ startTime: '2025-01-01T00:00:00Z', endTime: '2026-11-26T00:00:00Z' }, ['startTime']],
    [{ status: [4, 7], pageInfo: { currentPage: 11, pageSize: 100 } }, ['pageInfo.currentPage']],
    [{ type: 99, status: 99, pageInfo: { pageSize: 0 } }, ['pageInfo.pageSize', 'type', 'status']],
  ])('rejects %j naming %j', (body, fields) => {
    expect(issuesOf(body)).toEqual(fields);
  });
});
