import { ORGANIZATIONS, NOW } from './fixtures/exampleKit';
import { understand } from './index';
import type { UnderstandContext, Understanding } from './types';

/**
 * A compositional corpus: sentences built from phrase tables in varied word orders and with
 * fillers, each with the meaning computed from its parts. The time part's range is what the
 * time phrase means read alone (the hand-written table pins those), so the test checks that
 * parts compose: no part is dropped, none changes another.
 */
const context: UnderstandContext = { now: new Date(NOW), timeZone: 'Europe/Berlin', organizations: ORGANIZATIONS };
const [contoso, northwind, fabrikam] = ORGANIZATIONS as [(typeof ORGANIZATIONS)[0], (typeof ORGANIZATIONS)[0], (typeof ORGANIZATIONS)[0]];

interface Part {
  before: string;
  after: string;
}
const STATUSES: Array<Part & { statuses: number[] }> = [
  { before: 'failed', after: '', statuses: [4] },
  { before: 'running', after: '', statuses: [2] },
  { before: 'successful', after: '', statuses: [3] },
  { before: '', after: 'with warnings', statuses: [7] },
  { before: '', after: 'that did not succeed', statuses: [4] },
  { before: '', after: '', statuses: [] },
];
const TYPES: Array<{ words: string; type: number }> = [
  { words: 'backups', type: 1 },
  { words: 'restores', type: 2 },
  { words: 'exports', type: 32 },
  { words: 'dry runs', type: 4 },
  { words: 'jobs', type: 0 },
];
const ORGANIZATION_PARTS: Array<{ words: string; organizationId?: string; excluded?: string }> = [
  { words: '' },
  { words: 'for Contoso', organizationId: contoso.id },
  { words: 'at Northwind Traders', organizationId: northwind.id },
  { words: 'excluding Fabrikam', excluded: fabrikam.id },
  { words: 'except for Contoso', excluded: contoso.id },
];
const TIMES = ['', 'yesterday', 'today', 'last 3 days', 'this week', 'since monday', 'last month', 'in the current quarter'];
const ORDERS: Array<{ words: string; sort?: string }> = [
  { words: '' },
  { words: 'oldest first', sort: 'oldest' },
  { words: 'largest first', sort: 'largest' },
];
const FILLERS = ['', 'show me', 'please list', 'can you show', 'hey bot, give me'];

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Case {
  sentence: string;
  statuses: number[];
  type: number;
  organizationId?: string;
  excluded?: string;
  time: string;
  sort?: string;
}

function* cases(): Generator<Case> {
  for (const status of STATUSES)
    for (const type of TYPES)
      for (const organization of ORGANIZATION_PARTS)
        for (const time of TIMES)
          for (const order of ORDERS) {
            const subject = squash(`${status.before} ${type.words} ${status.after}`);
            const filler = FILLERS[(subject.length + time.length + organization.words.length) % FILLERS.length] as string;
            const layouts = [
              `${filler} ${subject} ${organization.words} ${time} ${order.words}`,
              `${time} ${filler} ${subject} ${order.words} ${organization.words}`,
              `${filler} ${order.words} ${subject} ${time} ${organization.words}`,
            ];
            for (const layout of layouts) {
              yield {
                sentence: squash(layout),
                statuses: status.statuses,
                type: type.type,
                ...(organization.organizationId && { organizationId: organization.organizationId }),
                ...(organization.excluded && { excluded: organization.excluded }),
                time,
                ...(order.sort && { sort: order.sort }),
              };
            }
          }
}

const rangeOfTime = new Map(TIMES.map((time) => [time, understand(time || 'jobs', context).query] as const));

function mismatch(expected: Case, got: Understanding): string | undefined {
  const { query } = got;
  const range = rangeOfTime.get(expected.time)!;
  const problems = [
    got.intent !== 'query' && `intent ${got.intent} (${got.clarification?.message ?? ''})`,
    JSON.stringify(query.statuses) !== JSON.stringify(expected.statuses) && `statuses ${JSON.stringify(query.statuses)}`,
    query.type !== expected.type && `type ${query.type}`,
    query.organizationId !== expected.organizationId && `organization ${query.organizationId}`,
    JSON.stringify(query.refine?.excludeOrganizationIds) !== JSON.stringify(expected.excluded && [expected.excluded]) &&
      `excluded ${JSON.stringify(query.refine)}`,
    query.refine?.sort !== expected.sort && `sort ${query.refine?.sort}`,
    (query.startTime !== range.startTime || query.endTime !== range.endTime) && `range ${query.startTime}–${query.endTime}`,
  ].filter(Boolean);
  return problems.length > 0 ? `"${expected.sentence}": ${problems.join(', ')}` : undefined;
}

/** Words that carry meaning: put into any sentence, they are used or asked back, never dropped. */
const MEANING_WORDS = ['not', 'except', 'fiscal', 'aborted', 'oldest', 'smallest', 'semester', 'never', 'without'];

describe('a generated corpus: sentences composed from parts mean what their parts mean', () => {
  const all = [...cases()];

  test('it is large enough to generalise', () => {
    expect(all.length).toBeGreaterThanOrEqual(10_000);
  });

  test('every generated sentence is read as composed', () => {
    const wrong = all.map((c) => mismatch(c, understand(c.sentence, context))).filter(Boolean);
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  test('a meaning word inserted anywhere is used or asked back: never the same filter as without it', () => {
    const same: string[] = [];
    let tried = 0;
    all.forEach((c, n) => {
      if (n % 3 !== 0) return;
      const words = c.sentence.split(' ');
      const word = MEANING_WORDS[n % MEANING_WORDS.length] as string;
      const at = n % (words.length + 1);
      const changed = [...words.slice(0, at), word, ...words.slice(at)].join(' ');
      const before = understand(c.sentence, context);
      const after = understand(changed, context);
      tried++;
      if (after.intent !== 'clarify' && JSON.stringify(after.query) === JSON.stringify(before.query)) same.push(`"${changed}"`);
    });
    expect(tried).toBeGreaterThanOrEqual(3_000);
    expect(same.slice(0, 20)).toEqual([]);
  });
});
