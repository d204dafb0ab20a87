import { buildJobsRequest } from './dialects';

const filter = {
  pageIndex: 2,
  pageSize: 50,
  type: 1,
  startTime: '2026-11-01T00:00:00.000Z',
  endTime: '2026-11-02T00:00:00.000Z',
};

describe('graph dialect', () => {
  it.each([
    {
      name: 'required fields only',
      extra: {},
      query: 'pageIndex=2&pageSize=50&type=1&startTime=2026-11-01T00%3A00%3A00.000Z&finishTime=2026-11-02T00%3A00%3A00.000Z',
    },
    {
      name: 'status and organisation',
      extra: { status: 4, organizationId: 'abc' },
      query:
        'pageIndex=2&pageSize=50&type=1&startTime=2026-11-01T00%3A00%3A00.000Z&finishTime=2026-11-02T00%3A00%3A00.000Z&status=4&organizationId=abc',
    },
  ])('$name', ({ extra, query }) => {
    expect(buildJobsRequest('graph', 'https://graph-us.example/', { ...filter, ...extra })).toEqual({
      method: 'GET',
      url: `https://graph-us.example/dynamicsbackup/jobs?${query}`,
      headers: { accept: 'application/json' },
    });
  });

  it('refuses objectType, which it does not offer, rather than dropping it', () => {
    expect(() => buildJobsRequest('graph', 'https://graph-us.example/', { ...filter, objectType: 3 })).toThrow(
      expect.objectContaining({ name: 'ValidationError', issues: [expect.objectContaining({ field: 'objectType' })] }),
    );
  });
});

describe('legacy dialect', () => {
  it.each([
    { name: 'required fields only', extra: {}, body: {} },
    {
      name: 'every optional field',
      extra: { status: 7, organizationId: 'abc', objectType: 3 },
      body: { status: 7, organizationId: 'abc', objectType: 3 },
    },
  ])('$name', ({ extra, body }) => {
    const request = buildJobsRequest('legacy', 'https://graph-us.example', { ...filter, ...extra });
    expect(request).toMatchObject({
      method: 'POST',
      url: 'https://graph-us.example/api/OpenApi/GetJobs',
      headers: { 'content-type': 'application/json' },
    });
    expect(JSON.parse(request.body!)).toEqual({
      pageInfo: { currentPage: 2, pageSize: 50 },
      type: 1,
      startTime: filter.startTime,
      endTime: filter.endTime,
      ...body,
    });
  });
});
