import { digestRequest } from './digestRequest';

const NOW = new Date('2026-10-25T06:31:00.000Z');
const base = { id: 3, timeZone: 'UTC', digest: { localTime: '07:30', timeZone: 'Europe/Berlin' } };

describe('a digest summarises the 24 hours before its run, with its filter and in its zone', () => {
  test.each([
    ['every organisation, every type', { statuses: [], type: 0 as const }, undefined, 'Daily summary · alert #3 · last 24 hours'],
    [
      'one organisation',
      { statuses: [], type: 0 as const, organizationId: 'org-1', organizationName: 'Contoso' },
      'org-1',
      'Daily summary · alert #3 · Contoso · last 24 hours',
    ],
    [
      'backups of an organisation known by id only',
      { statuses: [4 as const], type: 1 as const, organizationId: 'org-2' },
      'org-2',
      'Daily summary · alert #3 · backups · org-2 · last 24 hours',
    ],
  ])('%s', (_name, filter, organizationId, reading) => {
    const request = digestRequest({ ...base, filter }, NOW);
    expect(request.query).toEqual({
      type: filter.type,
      startTime: '2026-10-24T06:31:00.000Z',
      endTime: '2026-10-25T06:31:00.000Z',
      ...(organizationId && { organizationId }),
    });
    expect(request.reading).toBe(reading);
    expect(request.timeZone).toBe('Europe/Berlin');
  });

  test('without a digest time the subscription zone is used', () => {
    expect(digestRequest({ id: 1, timeZone: 'Asia/Tokyo', filter: { statuses: [], type: 0 } }, NOW).timeZone).toBe('Asia/Tokyo');
  });
});
