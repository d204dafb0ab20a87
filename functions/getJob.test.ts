import { HttpRequest } from '@azure/functions';
import { UpstreamError } from '../shared/errors';
import type { Job } from '../jobs/model';
import { fixtureJob } from '../fixtures/jobs';
import { invocationContext } from '../test/support/handlerKit';
import { getJobHandler } from './getJob';

const JOB = fixtureJob(0);

function handle(jobId: string, getJob: (id: string) => Promise<Job | undefined> = async (id) => (id === JOB.jobId ? JOB : undefined)) {
  const asked: string[] = [];
  const request = new HttpRequest({ method: 'GET', url: `https://jobs.example/api/jobs/${jobId}`, params: { jobId } });
  const response = getJobHandler({ jobs: { getJob: (id) => (asked.push(id), getJob(id)) } })(request, invocationContext());
  return { response, asked };
}

describe('GET /api/jobs/{jobId}', () => {
  test('answers the job with the names of its status and type', async () => {
    const { response } = handle(JOB.jobId);
    expect(await response).toMatchObject({ status: 200, jsonBody: { jobId: JOB.jobId, statusName: expect.any(String) } });
  });

  test('an unknown id is a problem+json 404 saying which id', async () => {
    const answer = await handle('DCIB2026112800000000000000').response;
    expect(answer).toMatchObject({ status: 404, headers: { 'content-type': 'application/problem+json' } });
    expect(answer.jsonBody).toMatchObject({ title: 'No such job', detail: 'No job has the id DCIB2026112800000000000000.' });
  });

  test.each(['a.b', 'x'.repeat(65), 'a%2Fb', ''])('%j is a 400 naming jobId, and the upstream is not asked', async (id) => {
    const { response, asked } = handle(id);
    const answer = await response;
    expect(answer).toMatchObject({ status: 400, jsonBody: { errors: [{ field: 'jobId' }] } });
    expect(asked).toEqual([]);
  });

  test('an upstream failure is its 5xx problem, not a 404', async () => {
    const answer = await handle(JOB.jobId, () => Promise.reject(new UpstreamError('timeout', 'No answer'))).response;
    expect(answer.status).toBe(504);
  });
});
