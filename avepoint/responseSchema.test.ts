import { jobsPageSchema } from './responseSchema';

const job = {
  module: 'Dataverse',
  type: 1,
  jobId: 'DCIB2026112811000012345678',
  startTime: '2026-11-28T11:00:00.000Z',
  finishTime: null,
  durationHours: 0.5,
  status: 2,
  successfulEntity: 1,
  failedEntity: 0,
  skippedEntity: 0,
  warningEntity: 0,
  totalEntity: 2,
  successfulRecord: 10,
  failedRecord: 0,
  skippedRecord: 0,
  warningRecord: 0,
  totalRecord: 20,
  backupSize: 1024,
  organizationId: '6f1c2a4e-3b5d-4e8f-9a10-2b3c4d5e6f70',
  organizationName: 'Contoso',
};
const page = { totalCount: 1, pageIndex: 1, pageSize: 10, nextLink: null, jobs: [job] };

it('accepts the Graph response shape and drops unknown fields', () => {
  expect(jobsPageSchema.parse({ ...page, extra: 'x', jobs: [{ ...job, extra: 1 }] })).toEqual(page);
});

it.each([
  { name: 'not an object', body: 'ok' },
  { name: 'null', body: null },
  { name: 'jobs missing', body: { ...page, jobs: undefined } },
  { name: 'a job without an id', body: { ...page, jobs: [{ ...job, jobId: undefined }] } },
  { name: 'a negative count', body: { ...page, totalCount: -1 } },
  { name: 'a count as text', body: { ...page, jobs: [{ ...job, totalRecord: '20' }] } },
])('rejects $name', ({ body }) => {
  expect(jobsPageSchema.safeParse(body).success).toBe(false);
});
