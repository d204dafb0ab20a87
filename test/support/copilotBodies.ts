import { jobsResponse } from '../../functions/http/jobsResponse';
import { fixturePage, fixtureQuery } from '../../fixtures/jobs';
import { counts, organization, summaryOf } from './summaryFixture';

/** A page of GET /api/jobs as the facade answers it: Copilot renders its jobs with appPackage/adaptiveCards/job.json. */
export function jobsPageBody() {
  const query = fixtureQuery({ pageSize: 3 });
  return jobsResponse(fixturePage(query, 3, 7), query, 'https://func-test-abc.azurewebsites.net');
}

/** A GET /api/summary body (functions/getSummary.ts renames the query `filter`): rendered with summary.json. */
export function summaryBody() {
  const { query, ...summary } = summaryOf([
    organization('Contoso', counts(2, 5), { lastFailure: { jobId: 'job-7', startTime: '2026-12-01T08:00:00.000Z' } }),
    organization('Fabrikam', counts(0, 4), { stale: true, hoursSinceSuccessfulBackup: 30 }),
    organization('Northwind', counts(0, 6, 1, 1), { lastSuccessfulBackup: null, hoursSinceSuccessfulBackup: null, stale: true }),
  ]);
  return {
    filter: query,
    answer: '2 backups failed in the last 24 hours, both for Contoso; Fabrikam and Northwind are outside their RPO.',
    ...summary,
  };
}
