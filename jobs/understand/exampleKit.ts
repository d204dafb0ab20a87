import type { JobQuery, Organization } from '../model';
import type { Intent, UnderstandContext } from './types';

/** One row of the shared table: a sentence, its context, and exactly what it must mean. */
export interface Example {
  sentence: string;
  /** Overrides of the reference context (UTC, 2026-11-25T15:30Z, the organisations below). */
  context?: Partial<UnderstandContext>;
  /** Default 'query'. */
  intent?: Intent;
  /** Fields that differ from the default query at the context's time. */
  query?: Partial<JobQuery>;
  /** Default: nothing ignored. */
  ignored?: string[];
  reading?: string;
  jobId?: string;
  unknownOrganization?: { name: string; suggestions: string[] };
  /** Zone actually used; default the context's. */
  timeZone?: string;
}

/** Wednesday 25 November 2026, 15:30 UTC. */
export const NOW = '2026-11-25T15:30:00.000Z';
/** Monday after Europe's spring-forward (Sunday 29 March 2026), 12:00 in Berlin. */
export const BERLIN_DST_NOW = '2026-03-30T10:00:00.000Z';
/** Tuesday after New York's fall-back (Sunday 1 November 2026), 10:00 in New York. */
export const NEW_YORK_DST_NOW = '2026-11-03T15:00:00.000Z';

export const ORGANIZATIONS: Organization[] = [
  { id: '3f2b8c1e-0000-4000-8000-000000000001', name: 'Contoso' },
  { id: '3f2b8c1e-0000-4000-8000-000000000002', name: 'Northwind Traders' },
  { id: '3f2b8c1e-0000-4000-8000-000000000003', name: 'Fabrikam, Inc.' },
  { id: '3f2b8c1e-0000-4000-8000-000000000004', name: 'Adventure Works' },
  { id: '3f2b8c1e-0000-4000-8000-000000000006', name: 'Northwind' },
];

/** ISO UTC string from a short "YYYY-MM-DDTHH:mm" written in the table. */
export const z = (minutes: string): string => `${minutes}:00.000Z`;

/** The context of a row: the reference context with the row's overrides. */
export function contextOf(example: Example): UnderstandContext {
  return { now: new Date(NOW), timeZone: 'UTC', organizations: ORGANIZATIONS, ...example.context };
}

/** The query a row expects: defaults at the row's time, then the row's fields. */
export function expectedQuery(example: Example): JobQuery {
  const now = contextOf(example).now;
  return {
    page: 1,
    pageSize: 10,
    type: 0,
    startTime: new Date(now.getTime() - 7 * 24 * 3_600_000).toISOString(),
    endTime: now.toISOString(),
    statuses: [],
    ...example.query,
  };
}

/** Row helpers for the common zones, so the tables read as sentence → meaning. */
export const inZone = (timeZone: string, now = NOW): Partial<UnderstandContext> => ({ timeZone, now: new Date(now) });
