import type { QueryAsRead } from '../../jobs/QueryAsRead';
import type { BotDependencies } from '../../bot/BotDependencies';
import { createConversation } from '../../bot/conversation/createConversation';
import type { Incoming } from '../../bot/conversation/Incoming';
import { createSummaryService } from '../../jobs/createSummaryService';
import type { JobSource } from '../../jobs/JobSource';
import type { JobsService } from '../../jobs/JobsService';
import type { JobQuery, JobsPage } from '../../jobs/model';
import { understand } from '../../reader';
import { recordingLogger, type LogLine } from './recordingLogger';

export const NOW = new Date('2026-11-28T12:00:00.000Z');
/** Where the fake conversation's app is published: its job links are unfurled. */
export const PUBLIC_BASE_URL = 'https://jobs.contoso.example';
export const EMPTY_PAGE: JobsPage = { totalCount: 0, pageIndex: 1, pageSize: 10, nextLink: null, jobs: [] };

const none = async () => undefined;
const notKept = async (): Promise<never> => {
  throw new Error('not kept by this fake');
};

/** Stores that keep nothing: no zone set, no subscription, no alert sent. */
export const nothingKept: Pick<BotDependencies, 'userZones' | 'alerts'> = {
  userZones: { get: none, timeZoneOf: none, setTimeZone: none, markOffered: none },
  alerts: {
    subscriptions: {
      add: notKept,
      list: async () => [],
      listEnabled: async () => [],
      remove: async () => false,
      removeAll: async () => 0,
      advanceWatermark: none,
      disable: none,
      mute: none,
      activeMutes: async () => [],
    },
    deliveries: { get: none },
    references: { save: none, get: none, remove: none, deferUntil: none },
    settings: { schedule: '0 */5 * * * *', rpoHours: 24, allowedTenants: [] },
  },
};

/**
 * The conversation logic over fakes passed as parameters: an in-memory store, a recording logger,
 * and a job source whose methods a test may replace (by default: empty pages, no jobs, no organisations).
 */
export function fakeConversation(jobs: Partial<JobsService> = {}, source: JobSource = { getJobs: async () => EMPTY_PAGE }) {
  const saved = new Map<string, QueryAsRead>();
  const logged: LogLine[] = [];
  const queries: JobQuery[] = [];
  const getJobs = jobs.getJobs ?? (async () => EMPTY_PAGE);
  const organizations = jobs.organizations ?? (async () => []);
  const conversation = createConversation({
    jobs: {
      getJobs: (query, options) => (queries.push(query), getJobs(query, options)),
      getJob: jobs.getJob ?? (async () => undefined),
      organizations,
    },
    summaries: createSummaryService({ source, organizations, now: () => NOW, rpoHours: 24 }),
    understand,
    conversations: { get: async (id) => saved.get(id), set: async (id, value) => void saved.set(id, value) },
    logger: recordingLogger(logged),
    now: () => NOW,
    settings: { allowedTenants: [], invokeTimeoutMs: 60_000 },
    publicBaseUrl: PUBLIC_BASE_URL,
    loopbackOnly: true,
    ...nothingKept,
  });
  return { conversation, saved, logged, queries };
}

const zone = (timeZone?: string) => ({ timeZone: timeZone ?? 'UTC', timeZoneIsFallback: timeZone === undefined });

/** A typed sentence in conversation c1; without a zone, as from a client that sends none. */
export const typed = (text: string, timeZone = 'UTC'): Incoming => ({ kind: 'message', conversationId: 'c1', text, ...zone(timeZone) });

/** An Action.Execute click (adaptiveCard/action invoke) in conversation c1. */
export const executed = (verb: string, data: unknown, timeZone?: string): Incoming => ({
  kind: 'action',
  conversationId: 'c1',
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data } },
  ...zone(timeZone),
});

/** An Action.Submit click (a message with a value) in conversation c1. */
export const submitted = (value: unknown, timeZone?: string): Incoming => ({
  kind: 'submit',
  conversationId: 'c1',
  value,
  ...zone(timeZone),
});
