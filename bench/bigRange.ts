import { Agent, request } from 'undici';
import type { HostProcess } from './startHostProcess';
import { median, millisSince, percentile, ratio, round } from './stats';

const DAY_MS = 86_400_000;
const PAGE_SIZE = 100;
/** Bounds the walk even if nextLink never ends. */
const MAX_PAGES = 2_000;
const EDGE_PAGES = 20;

export interface BigRangeFigures {
  days: number;
  totalCount: number;
  pages: number;
  jobsRead: number;
  pageP50Ms: number;
  pageP99Ms: number;
  /** Median of the last pages over the median of the first: 1 when deep pages cost no more. */
  lastToFirstPagesRatio: number;
  rssBeforeMb: number;
  peakRssMb: number;
  rssGrowthPercent: number;
}

const megabytes = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** Walks every page of a 90-day, all-jobs GET /api/jobs through nextLink, timing each page. */
export async function benchBigRange(host: HostProcess): Promise<BigRangeFigures> {
  const end = new Date();
  const start = new Date(end.getTime() - 90 * DAY_MS);
  const dispatcher = new Agent({ connections: 1 });
  const before = await host.memory();
  const times: number[] = [];
  let jobsRead = 0;
  let totalCount = 0;
  let next: string | null =
    `${host.url}/${host.routePrefix}/jobs?type=all&size=${PAGE_SIZE}&start=${start.toISOString()}&end=${end.toISOString()}`;
  try {
    while (next && times.length < MAX_PAGES) {
      const started = process.hrtime.bigint();
      const response = await request(next, { dispatcher });
      const body = (await response.body.json()) as { totalCount: number; jobs: unknown[]; nextLink: string | null };
      times.push(millisSince(started));
      if (response.statusCode !== 200) throw new Error(`page ${times.length} answered ${response.statusCode}`);
      totalCount = body.totalCount;
      jobsRead += body.jobs.length;
      next = body.nextLink;
    }
  } finally {
    await dispatcher.close();
  }
  const after = await host.memory();
  return {
    days: 90,
    totalCount,
    pages: times.length,
    jobsRead,
    pageP50Ms: round(median(times), 2),
    pageP99Ms: round(percentile(times, 99), 2),
    lastToFirstPagesRatio: ratio(median(times.slice(-EDGE_PAGES)), median(times.slice(0, EDGE_PAGES))),
    rssBeforeMb: megabytes(before.rss),
    peakRssMb: megabytes(after.peakRss),
    rssGrowthPercent: round(((after.peakRss - before.rss) / before.rss) * 100, 1),
  };
}
