import { ORGANIZATIONS, NOW } from './fixtures/exampleKit';
import { understand } from './index';
import type { Question } from './types';

const context = { now: new Date(NOW), timeZone: 'Europe/Berlin', organizations: ORGANIZATIONS };

/** Questions keep their subject and polarity: each kind has its own answer sentence (jobs/summaryAnswer.ts, jobs/whenAnswer.ts). */
describe('a question is read as asked', () => {
  test.each<[string, Question]>([
    ['were there any issues with backups recently?', { kind: 'any', statuses: [4, 7] }],
    ['is anything running at the moment?', { kind: 'any', statuses: [2] }],
    ['did any restore fail last night', { kind: 'any', statuses: [4] }],
    ['anything go wrong yesterday?', { kind: 'any', statuses: [4, 7] }],
    ['is Contoso healthy?', { kind: 'all', statuses: [3] }],
    ['did the backups succeed', { kind: 'all', statuses: [3] }],
    ['were all restores ok?', { kind: 'all', statuses: [3] }],
    ['did every export fail?', { kind: 'all', statuses: [4] }],
    ['how many exports this week?', { kind: 'count', statuses: [] }],
    ['how many backups failed today', { kind: 'count', statuses: [4] }],
    ["when was Northwind's last good backup?", { kind: 'when', statuses: [3] }],
    ['when did contoso last fail', { kind: 'when', statuses: [4] }],
    ['was the last backup successful?', { kind: 'latest', statuses: [3] }],
    ['did the latest restore fail?', { kind: 'latest', statuses: [4] }],
    ['what is our success rate this week?', { kind: 'rate', statuses: [] }],
    ['which organisation has the worst record?', { kind: 'worst', statuses: [] }],
    ['who fails the most?', { kind: 'worst', statuses: [] }],
    ['are backups getting better?', { kind: 'trend', statuses: [] }],
  ])('%s', (sentence, question) => {
    const read = understand(sentence, context);
    expect([read.intent, read.question]).toEqual(['summary', question]);
  });

  test('"was the last … ok?" looks at the newest job of any status over 30 days', () => {
    const { query } = understand('was the last backup successful?', context);
    expect(query.statuses).toEqual([]);
    expect(Date.parse(query.endTime) - Date.parse(query.startTime)).toBe(30 * 86_400_000);
  });

  test('"by tenant" asks for the breakdown per organisation the summary shows', () => {
    expect(understand('failed backups by tenant', context)).toMatchObject({ intent: 'summary', query: { statuses: [4], type: 1 } });
  });

  test('a sentence about something else is no question about jobs', () => {
    expect(understand("what's the weather", context).intent).toBe('help');
    expect(understand('is it raining?', context).intent).not.toBe('summary');
  });
});

describe('a negation flips success and failure, and leaves out being done', () => {
  test.each([
    ["backups that didn't go through", [4]],
    ['not successful', [4]],
    ['jobs that did not fail', [3]],
    ["restores that haven't finished", [2, 4, 7]],
    ['jobs not completed', [2, 4, 7]],
    ['not running', [3, 4, 7]],
  ])('%s', (sentence, statuses) => {
    expect(understand(sentence, context)).toMatchObject({ intent: 'query', query: { statuses } });
  });
});

describe('what "except" leaves out ends where the sentence names what it asks for', () => {
  test('"except the failed ones for Northwind" is Northwind without its failures', () => {
    const read = understand('jobs except the failed ones for northwind', context);
    expect(read.query).toMatchObject({ statuses: [2, 3, 7], organizationId: ORGANIZATIONS[4]!.id });
    expect(read.query.refine).toBeUndefined();
  });

  test('"but not for Contoso" still leaves Contoso out', () => {
    const read = understand('errors from the past two days but not for contoso', context);
    expect(read.query).toMatchObject({ statuses: [4], refine: { excludeOrganizationIds: [ORGANIZATIONS[0]!.id] } });
    expect(read.query.organizationId).toBeUndefined();
  });
});

/**
 * Absence, the words that turned answers upside down: "no failures?" asks how many failed, never
 * for the jobs that did not fail; "no backup" about organisations names the ones without one.
 */
describe('a question about what is missing asks about it, not for everything else', () => {
  const backup = 1;
  const restore = 2;
  test.each<[string, Question, { type?: number; statuses?: number[] }]>([
    ['no failures this week?', { kind: 'none', statuses: [4] }, { statuses: [4] }],
    ['no failures this week', { kind: 'none', statuses: [4] }, { statuses: [4] }],
    ['no errors last night?', { kind: 'none', statuses: [4] }, { statuses: [4] }],
    ['were there no errors yesterday', { kind: 'none', statuses: [4] }, { statuses: [4] }],
    ['zero failures today?', { kind: 'none', statuses: [4] }, { statuses: [4] }],
    ['none failed?', { kind: 'none', statuses: [4] }, { statuses: [4] }],
    ['did nothing fail yesterday', { kind: 'none', statuses: [4] }, { statuses: [4] }],
    ['hi, no problems with restores?', { kind: 'none', statuses: [4, 7] }, { statuses: [4, 7], type: restore }],
    ['no restores this week?', { kind: 'none', statuses: [] }, { type: restore }],
    ['no backup for contoso today?', { kind: 'none', statuses: [] }, { type: backup }],
    ['did contoso miss its backup today', { kind: 'none', statuses: [] }, { type: backup }],
    ['which orgs had no backup yesterday', { kind: 'missing', statuses: [] }, { type: backup }],
    ['organisations with no backups this week', { kind: 'missing', statuses: [] }, { type: backup }],
    ['orgs without backups yesterday', { kind: 'missing', statuses: [] }, { type: backup }],
    ["tenants that didn't back up", { kind: 'missing', statuses: [] }, { type: backup }],
    ['which customers did not back up last night?', { kind: 'missing', statuses: [] }, { type: backup }],
    ['who missed a backup this week', { kind: 'missing', statuses: [] }, { type: backup }],
    ['which organisations missed their backup', { kind: 'missing', statuses: [] }, { type: backup }],
    ['missed backups yesterday', { kind: 'missing', statuses: [] }, { type: backup }],
    ['any org without a restore?', { kind: 'missing', statuses: [] }, { type: restore }],
    ['which tenants had no successful backup yesterday', { kind: 'missing', statuses: [3] }, { statuses: [3], type: backup }],
    ['no backups for which orgs?', { kind: 'missing', statuses: [] }, { type: backup }],
    ['which tenants didnt have a successful backup in the last 24h', { kind: 'missing', statuses: [3] }, { statuses: [3], type: backup }],
    ['tenants that have not finished a backup today', { kind: 'missing', statuses: [3] }, { statuses: [3], type: backup }],
    ['who has no failures?', { kind: 'missing', statuses: [4] }, { statuses: [4] }],
    ['how many jobs had no errors', { kind: 'count', statuses: [2, 3, 7] }, { statuses: [2, 3, 7] }],
    ["were none of contoso's backups successful yesterday", { kind: 'none', statuses: [3] }, { statuses: [3], type: backup }],
  ])('%s', (sentence, question, query) => {
    const read = understand(sentence, context);
    expect([read.intent, read.question]).toEqual(['summary', question]);
    expect(read.query).toMatchObject({ type: query.type ?? 0, statuses: query.statuses ?? [] });
  });

  test.each([
    ['jobs with no errors', { statuses: [2, 3, 7] }],
    ['show jobs without failures', { statuses: [2, 3, 7] }],
    ['show everything, no restores', { refine: { excludeTypes: [2] } }],
    ['jobs not restores', { refine: { excludeTypes: [2] } }],
    ["backups that didn't finish", { statuses: [2, 4, 7], type: 1 }],
  ])('a list without them stays a list: %s', (sentence, query) => {
    expect(understand(sentence, context)).toMatchObject({ intent: 'query', query });
  });

  test.each<[string, Question, { statuses: number[]; organizationId?: string }]>([
    ["wasn't there a failure yesterday?", { kind: 'any', statuses: [4] }, { statuses: [4] }],
    ["didn't contoso fail yesterday?", { kind: 'any', statuses: [4] }, { statuses: [4], organizationId: expect.any(String) }],
    ['werent there errors last night', { kind: 'any', statuses: [4] }, { statuses: [4] }],
    ["isn't anything running?", { kind: 'any', statuses: [2] }, { statuses: [2] }],
    ['not a single failure today?', { kind: 'none', statuses: [4] }, { statuses: [4] }],
    ['not one restore failed this week?', { kind: 'none', statuses: [4] }, { statuses: [4] }],
  ])('a question opened by a negation asks what the plain one asks: %s', (sentence, question, query) => {
    const read = understand(sentence, context);
    expect([read.intent, read.question]).toEqual(['summary', question]);
    expect(read.query).toMatchObject(query);
    expect(read.query.refine).toBeUndefined();
  });

  test('without a subject after it, a negation at the start still leaves out what follows', () => {
    expect(understand("didn't finish yesterday", context)).toMatchObject({ intent: 'query', query: { statuses: [2, 4, 7] } });
    expect(understand('wasnt successful', context)).toMatchObject({ intent: 'query', query: { statuses: [4] } });
  });

  test('an organisation named after the word of absence is whose jobs are asked about, not one left out', () => {
    const read = understand("were none of contoso's backups successful yesterday", context);
    expect(read.query.organizationId).toBeDefined();
    expect(read.query.organizationId).toBe(understand('contoso', context).query.organizationId);
    expect(read.query.refine).toBeUndefined();
  });

  test('organisations as a grouping are no subject: "by org, no restores" leaves restores out', () => {
    expect(understand('failed jobs by org, no restores', context).question).toBeUndefined();
  });

  test('a word of absence with nothing after it is asked back, never dropped', () => {
    for (const sentence of ['show missed jobs', 'jobs with nothing']) expect(understand(sentence, context).intent).toBe('clarify');
  });
});
