import { JobStatus, JobType, type JobStatusValue, type JobTypeValue } from '../jobs/enums';
import { MODULES } from '../jobs/modules';
import type { JobSort } from '../jobs/Refinement';

/** What a recognised phrase contributes to the reading. */
export type Effect =
  | { kind: 'status'; statuses: JobStatusValue[] }
  | { kind: 'type'; type: JobTypeValue }
  | { kind: 'negate' }
  | { kind: 'filler' }
  | { kind: 'help' }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'greeting' }
  /** A summary was asked for; `asks` are the statuses a yes/no question about it would be about ("everything ok"). */
  | { kind: 'summary'; asks: JobStatusValue[] }
  /** "how many": a count is wanted. */
  | { kind: 'count' }
  /** "latest", "most recent": newest first. */
  | { kind: 'newest' }
  /** "except", "excluding", "other than": what follows is left out. */
  | { kind: 'exclude' }
  /** "oldest first", "largest", "longest": an order AvePoint cannot give. */
  | { kind: 'order'; sort: JobSort }
  /** A Dynamics 365 module ("Customer Engagement"). */
  | { kind: 'module'; module: string }
  /** "when": the time of the newest such job is asked for. */
  | { kind: 'when' }
  /** "success rate", "worst record", "getting better": a question the summary's figures answer. */
  | { kind: 'figure'; asks: 'rate' | 'worst' | 'trend' }
  /** A status AvePoint does not have ("aborted", "paused"): asked back with the ones it has. */
  | { kind: 'unknownStatus' };

export interface Phrase {
  words: readonly string[];
  effect: Effect;
}

const { failed, inProgress, finished, finishedWithException } = JobStatus;
const status = (...statuses: JobStatusValue[]): Effect => ({ kind: 'status', statuses });
const type = (value: JobTypeValue): Effect => ({ kind: 'type', type: value });
const FILLER: Effect = { kind: 'filler' };

/** Phrases by effect. Multi-word phrases are written with single spaces; the longest match wins. */
const TABLE: ReadonlyArray<readonly [Effect, readonly string[]]> = [
  [
    status(failed),
    [
      'failed',
      'fail',
      'fails',
      'failing',
      'failure',
      'failures',
      'error',
      'errors',
      'errored',
      'erroring',
      'broken',
      'crashed',
      'unsuccessful',
      'unsuccessfully',
      'did not succeed',
      "didn't succeed",
      'didnt succeed',
      'not succeed',
    ],
  ],
  [
    status(inProgress),
    [
      'in progress',
      'in-progress',
      'inprogress',
      'running',
      'still running',
      'active',
      'ongoing',
      'right now',
      'currently',
      'in flight',
      'underway',
      'at the moment',
      'at present',
      'presently',
      'still going',
    ],
  ],
  [
    status(finished),
    [
      'finished',
      'succeeded',
      'succeed',
      'successful',
      'successfully',
      'success',
      'completed',
      'complete',
      'done',
      'ok',
      'okay',
      'healthy',
      'passed',
      'good',
      'fine',
      'successes',
      'succeeds',
    ],
  ],
  [
    status(finishedWithException),
    [
      'finished with exception',
      'finished with exceptions',
      'with exception',
      'with exceptions',
      'exception',
      'exceptions',
      'with warning',
      'with warnings',
      'warning',
      'warnings',
      'partially',
      'partial',
      'completed with errors',
      'completed with error',
      'completed with warnings',
      'finished with errors',
      'finished with warnings',
      'succeeded with warnings',
      'partially succeeded',
      'partially successful',
      'partially completed',
      'partially failed',
    ],
  ],
  // "problems" covers both kinds of trouble an admin must look at.
  [
    status(failed, finishedWithException),
    [
      'problem',
      'problems',
      'issue',
      'issues',
      'trouble',
      'unhealthy',
      'problematic',
      'attention',
      'wrong',
      'went wrong',
      'gone wrong',
      'go wrong',
      'bad',
      'incidents',
      'incident',
      'concerns',
    ],
  ],
  [
    { kind: 'unknownStatus' },
    [
      'aborted',
      'abort',
      'paused',
      'cancelled',
      'canceled',
      'stopped',
      'queued',
      'pending',
      'scheduled',
      'waiting',
      'timed out',
      'timeout',
      'stuck',
      'hung',
      'terminated',
      'killed',
      'suspended',
    ],
  ],
  [
    { kind: 'exclude' },
    [
      'except',
      'except for',
      'excepting',
      'excluding',
      'exclude',
      'excludes',
      'excl',
      'apart from',
      'other than',
      'aside from',
      'besides',
      'but not',
      'without',
      'leaving out',
      'leave out',
      'not including',
      'minus',
      'ignoring',
      'ignore',
      'omitting',
      'omit',
      'with the exception of',
      'no',
    ],
  ],
  [{ kind: 'order', sort: 'oldest' }, ['oldest', 'oldest first', 'earliest', 'earliest first', 'oldest to newest']],
  [{ kind: 'order', sort: 'newest' }, ['newest first', 'latest first', 'most recent first', 'newest to oldest']],
  [
    { kind: 'order', sort: 'largest' },
    ['largest', 'biggest', 'largest first', 'biggest first', 'by size', 'sorted by size', 'order by size', 'heaviest'],
  ],
  [{ kind: 'order', sort: 'smallest' }, ['smallest', 'smallest first', 'tiniest']],
  [
    { kind: 'order', sort: 'longest' },
    ['longest', 'slowest', 'longest first', 'longest running', 'slowest first', 'by duration', 'sorted by duration', 'order by duration'],
  ],
  [{ kind: 'order', sort: 'shortest' }, ['shortest', 'fastest', 'quickest', 'shortest first', 'fastest first']],
  [{ kind: 'order', sort: 'mostFailed' }, ['worst', 'worst first', 'most failed items', 'most failures']],
  ...MODULES.map((module) => [{ kind: 'module', module: module.name }, module.phrases] as const),
  [{ kind: 'when' }, ['when', 'what time', 'since when', 'how long ago']],
  [
    { kind: 'figure', asks: 'rate' },
    ['success rate', 'failure rate', 'error rate', 'rate', 'percentage', 'percent', 'how reliable', 'reliability', 'success ratio'],
  ],
  [
    { kind: 'figure', asks: 'worst' },
    [
      'worst record',
      'worst organisation',
      'worst organization',
      'worst org',
      'worst tenant',
      'least reliable',
      'fails the most',
      'failed the most',
      'failing the most',
      'fails most',
      'failed most',
    ],
  ],
  [
    { kind: 'figure', asks: 'trend' },
    [
      'trend',
      'trends',
      'trending',
      'better or worse',
      'getting better',
      'getting worse',
      'improving',
      'worsening',
      'than before',
      'compared to before',
      'compared with before',
      'the period before',
    ],
  ],
  [type(JobType.backup), ['backup', 'backups', 'back up', 'back ups', 'backed up', 'backing up']],
  [type(JobType.restore), ['restore', 'restores', 'restored', 'restoring', 'recovery', 'recoveries']],
  [
    type(JobType.dryRun),
    ['dry run', 'dry runs', 'dryrun', 'dryruns', 'dry-run', 'dry-runs', 'test run', 'test runs', 'test-run', 'test-runs'],
  ],
  [type(JobType.retention), ['retention', 'retentions', 'retention policy', 'cleanup', 'cleanups']],
  [type(JobType.auditBackup), ['audit', 'audits', 'audit backup', 'audit backups', 'auditing', 'audit log', 'audit logs']],
  [type(JobType.export), ['export', 'exports', 'exported', 'exporting']],
  [
    { kind: 'negate' },
    ['not', 'never', "didn't", 'didnt', 'did not', "wasn't", "weren't", 'was not', 'were not', "haven't", 'have not', "hasn't", 'has not'],
  ],
  [
    { kind: 'help' },
    ['help', 'what can you do', 'what can i ask', 'how does this work', 'how do i use this', 'commands', 'usage', 'examples'],
  ],
  [{ kind: 'next' }, ['next', 'next page', 'more', 'show more', 'load more', 'continue']],
  [{ kind: 'previous' }, ['previous', 'previous page', 'prev', 'back', 'go back', 'page back']],
  [
    { kind: 'summary', asks: [] },
    [
      'summary',
      'summaries',
      'summarise',
      'summarize',
      'overview',
      'health',
      'health check',
      'report',
      'status',
      'how are',
      'how is',
      "how's",
      'hows',
      'how did',
      'how was',
      'how were',
      'how are things',
      'how are we doing',
      'how is it going',
    ],
  ],
  [
    { kind: 'summary', asks: [finished] },
    [
      'everything ok',
      'everything okay',
      'everything fine',
      'everything good',
      'all good',
      'all ok',
      'all okay',
      'everything alright',
      'all fine',
    ],
  ],
  [{ kind: 'count' }, ['how many', 'how much', 'count', 'number of', 'total']],
  [{ kind: 'newest' }, ['latest', 'newest', 'most recent', 'recent', 'most recently', 'last']],
  [
    { kind: 'greeting' },
    [
      'hi',
      'hello',
      'hey',
      'hiya',
      'howdy',
      'yo',
      'greetings',
      'good morning',
      'good afternoon',
      'good evening',
      'thanks',
      'thank you',
      'cheers',
    ],
  ],
  // Consumed silently: they carry no filter.
  [
    FILLER,
    [
      'show',
      'me',
      'list',
      'get',
      'give',
      'find',
      'display',
      'tell',
      'about',
      'jobs',
      'all',
      'the',
      'a',
      'an',
      'please',
      'pls',
      'any',
      'some',
      'which',
      'what',
      'were',
      'was',
      'are',
      'is',
      'there',
      'of',
      'that',
      'have',
      'has',
      'had',
      'my',
      'our',
      'runs',
      'run',
      'ran',
      'results',
      'items',
      'entries',
      'statuses',
      'type',
      'can',
      'you',
      'i',
      'want',
      'to',
      'see',
      'only',
      'just',
      'and',
      'or',
      'with',
      'for',
      'in',
      'from',
      'at',
      'by',
      'bot',
      'jobsbot',
      'how',
      'many',
      'did',
      'do',
      'does',
      'doing',
      'things',
      'everything',
      'now',
      'happened',
      'happen',
      'went',
      'go',
      'look',
      'check',
      'whats',
      "what's",
      "there's",
      'anything',
      'so',
      'org',
      'organization',
      'organisation',
      'tenant',
      'orgs',
      'organizations',
      'tenants',
      'time',
      'range',
      'during',
      'over',
      'within',
      'page',
      'recently',
      'lately',
      'of late',
      'these days',
      'so far',
      'could',
      'would',
      'kindly',
      'need',
      'like',
      'know',
      'let',
      'us',
      'we',
      'ones',
      'those',
      'these',
      'it',
      'been',
      'be',
      'got',
      'job',
      'also',
      'yet',
      'quick',
      'overall',
      'any of',
      // Quantifiers: question.ts reads them ("did every export fail?" asks of all).
      'every',
      'each',
      'single',
      'who',
      'first',
    ],
  ],
];

/** Phrases by first word, longest first, so a scan can take the longest match at a position. */
export const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const index = new Map<string, Phrase[]>();
  for (const [effect, texts] of TABLE) {
    for (const text of texts) {
      const words = text.split(' ');
      const first = words[0] as string;
      const list = index.get(first) ?? [];
      list.push({ words, effect });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
})();
