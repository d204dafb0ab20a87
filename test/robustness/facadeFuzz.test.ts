import fc from 'fast-check';
import { startTestHost } from '../support/testHost';
import { watchProcess } from './watchProcess';

/** 5,000 bodies and 5,000 query strings: the 10,000 generated inputs. */
const RUNS = 5_000;
/** Thousands of requests over real HTTP take 10–60 s on two busy cores: the bound is a guard against a hang, not a speed check. */
const FUZZ_TIMEOUT_MS = 180_000;
/** A valid summary costs 5 + 5N upstream calls (the simulator's N = 6), so fewer of them. */
const SUMMARY_RUNS = 1_000;

let host: Awaited<ReturnType<typeof startTestHost>>;
let watch: ReturnType<typeof watchProcess>;
beforeAll(async () => {
  host = await startTestHost();
  watch = watchProcess();
});
afterAll(async () => {
  watch.stop();
  await host.close();
});

/** Values near the interesting edges of each field, mixed with anything at all. */
const fieldValue = fc.oneof(
  fc.anything(),
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom('failed', 'Backup', 'finished_with_exception', 'in progress', '4', '', ' ', 'null', '1e3', '0x10', '-0', 'NaN'),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.getTime()),
  fc.uuid(),
);
const body = fc.oneof(
  fc.anything(),
  fc.record(
    {
      pageInfo: fc.oneof(fc.record({ currentPage: fieldValue, pageSize: fieldValue }, { requiredKeys: [] }), fieldValue),
      type: fieldValue,
      startTime: fieldValue,
      endTime: fieldValue,
      finishTime: fieldValue,
      status: fc.oneof(fieldValue, fc.array(fieldValue, { maxLength: 4 })),
      organizationId: fieldValue,
      objectType: fieldValue,
    },
    { requiredKeys: [] },
  ),
);
const parameter = fc.constantFrom(
  'status',
  'type',
  'start',
  'end',
  'org',
  'page',
  'size',
  'pageSize',
  'finishTime',
  'objectType',
  'q',
  'tz',
  'locale',
  'code',
  'x',
);
const parameterValue = fc.oneof(
  fc.string(),
  fieldValue.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))),
);

describe('no generated input yields a 5xx, a crash or an unhandled rejection', () => {
  it(
    'random bodies to POST /api/OpenApi/GetJobs',
    async () => {
      await fc.assert(
        fc.asyncProperty(body, async (value) => {
          const text = JSON.stringify(value) ?? 'null';
          const response = await fetch(`${host.url}/api/OpenApi/GetJobs`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: text,
          });
          await response.arrayBuffer();
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'random query strings to GET /api/jobs',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(parameter, parameterValue), { maxLength: 6 }), async (pairs) => {
          const response = await fetch(`${host.url}/api/jobs?${new URLSearchParams(pairs).toString()}`);
          await response.arrayBuffer();
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it('random query strings to GET /api/summary', async () => {
    const summaryParameter = fc.constantFrom('type', 'start', 'end', 'org', 'q', 'tz', 'status', 'page', 'pageSize', 'x');
    const sentence = fc.oneof(
      parameterValue,
      fc.constantFrom(
        'how are my backups?',
        'status',
        'summary for contoso this week',
        "did last night's backups fail?",
        'how many restores failed since 7am',
        'summary for nowhere',
      ),
    );
    const pair = fc.oneof(fc.tuple(summaryParameter, parameterValue), fc.tuple(fc.constant('q'), sentence));
    await fc.assert(
      fc.asyncProperty(fc.array(pair, { maxLength: 5 }), async (pairs) => {
        const response = await fetch(`${host.url}/api/summary?${new URLSearchParams(pairs).toString()}`);
        await response.arrayBuffer();
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: SUMMARY_RUNS },
    );
  });

  it('leaves the host answering, with no unhandled rejection or uncaught exception', async () => {
    const response = await fetch(`${host.url}/api/OpenApi/GetJobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":1}',
    });
    expect(response.status).toBe(200);
    expect(watch.problems).toEqual([]);
    expect(host.logs.filter((line) => line.level === 'error')).toEqual([]);
  });
});
