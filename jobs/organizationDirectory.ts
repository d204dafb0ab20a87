import { sharedPromise } from '../shared/sharedPromise';
import { JobType } from './enums';
import type { JobSource } from './JobSource';
import type { Logger } from '../shared/Logger';
import type { Organization } from './model';
import { DEFAULT_RANGE_MS } from './limits';
import { readListing } from './readListing';
import { errorLine } from '../shared/errorLine';

/** Organisations are read from the last 7 days of jobs, up to this many jobs. */
const REFRESH_SCAN_LIMIT = 5000;

/** Where the directory persists what it learned (Table Storage in the app). */
export interface OrganizationStore {
  list(): Promise<Organization[]>;
  save(organizations: Organization[]): Promise<void>;
}

export interface OrganizationDirectory {
  /** Known organisations: from the instance cache, else the store, else (store empty) from recent jobs. */
  list(options?: { signal?: AbortSignal }): Promise<Organization[]>;
  /** Reads recent jobs and saves the organisations seen (the timer's job). */
  refresh(options?: { signal?: AbortSignal }): Promise<Organization[]>;
}

export interface OrganizationDirectoryDeps {
  client: JobSource;
  store: OrganizationStore;
  now: () => Date;
  logger: Logger;
  /** How long one instance trusts what it read (default one minute). */
  ttlMs?: number;
}

const byName = (a: Organization, b: Organization) => a.name.localeCompare(b.name);

/** The organisation directory; its cache lives in the returned object (one per composed app). */
export function createOrganizationDirectory(deps: OrganizationDirectoryDeps): OrganizationDirectory {
  const ttlMs = deps.ttlMs ?? 60_000;
  let cached: { at: number; organizations: Organization[] } | undefined;
  const remember = (organizations: Organization[]) => {
    cached = { at: deps.now().getTime(), organizations };
    return organizations;
  };

  const scan = async (): Promise<Organization[]> => {
    const end = deps.now();
    const { jobs } = await readListing(
      deps.client,
      { type: JobType.all, startTime: new Date(end.getTime() - DEFAULT_RANGE_MS).toISOString(), endTime: end.toISOString() },
      REFRESH_SCAN_LIMIT,
    );
    const seen = new Map(jobs.map((job) => [job.organizationId, { id: job.organizationId, name: job.organizationName }]));
    const organizations = [...seen.values()].sort(byName);
    try {
      await deps.store.save(organizations);
    } catch (error) {
      // The directory still answers from memory; the next timer run saves again.
      deps.logger.warn('Could not save organisations', { error: errorLine(error) });
    }
    return remember(organizations);
  };

  // Concurrent first messages (and the timer) share one scan rather than each reading 5,000 jobs;
  // shared, it is bounded by the client's own time limit, not by one caller's signal.
  const refresh: OrganizationDirectory['refresh'] = sharedPromise(scan, 'settled');

  const readStore = async (): Promise<Organization[]> => {
    try {
      return await deps.store.list();
    } catch (error) {
      deps.logger.warn('Could not read organisations', { error: errorLine(error) });
      return [];
    }
  };

  return {
    async list(options) {
      if (cached && deps.now().getTime() - cached.at < ttlMs) return cached.organizations;
      const stored = await readStore();
      return stored.length > 0 ? remember(stored.sort(byName)) : refresh(options);
    },
    refresh,
  };
}
