import {
  errorCard as renderErrorCard,
  helpCard as renderHelpCard,
  refusalCard as renderRefusalCard,
  stillWorkingCard as renderStillWorkingCard,
  welcomeCard as renderWelcomeCard,
} from './index';
import type { ListActionData } from './index';
import { validated } from '../test/cards/cardRules';
import { fixtureQuery } from '../fixtures/jobs';
import { executeActions, objectsIn, submitActions, textsIn } from '../test/cards/walkCard';

const errorCard = validated(renderErrorCard);
const helpCard = validated(renderHelpCard);
const refusalCard = validated(renderRefusalCard);
const stillWorkingCard = validated(renderStillWorkingCard);
const welcomeCard = validated(renderWelcomeCard);

const retry: ListActionData = { verb: 'retry', query: fixtureQuery(), reading: 'failed backups today', timeZone: 'Europe/Paris' };
const imBackValues = (card: unknown) => submitActions(card).map((a) => (a.data as { msteams: { type: string; value: string } }).msteams);

describe('help card', () => {
  test('offers the eight examples, a summary and an alert among them, as imBack buttons', () => {
    const card = helpCard();
    expect(imBackValues(card)).toEqual(
      [
        'show failed jobs today',
        'backups in progress',
        'restores with warnings last week',
        'top 5 failed backups since monday',
        'problems for contoso this month',
        'how are my backups?',
        'notify me about failed backups',
        'help',
      ].map((value) => ({ type: 'imBack', value })),
    );
    expect(textsIn(card)[0]).toBe('What you can ask me');
  });

  test('the "did not understand" variant shows what was understood, ignored and suggested', () => {
    const card = helpCard({
      understood: 'failed jobs, last 7 days',
      ignored: ['blorp', '*zap*'],
      unknownOrganization: { name: 'Contso', suggestions: ['Contoso', 'Contoso_EU'] },
    });
    expect(textsIn(card).slice(0, 4)).toEqual([
      'I did not fully understand that',
      'I understood: failed jobs, last 7 days',
      'I ignored: “blorp”, “*zap*”',
      'I know no organisation called “Contso”. Did you mean “Contoso”, “Contoso_EU”?',
    ]);
  });

  test('without suggestions there is no "did you mean"', () => {
    const texts = textsIn(helpCard({ unknownOrganization: { name: 'Acme', suggestions: [] } }));
    expect(texts).toContain('I know no organisation called “Acme”.');
    expect(texts.join(' ')).not.toContain('I understood');
  });
});

describe('welcome card', () => {
  test('greets and offers three examples', () => {
    const card = welcomeCard();
    expect(imBackValues(card)).toHaveLength(3);
    expect(textsIn(card)[0]).toMatch(/^Hi!/);
  });
});

describe('error card', () => {
  test('a throttled upstream gets a friendly text, the wait and a Try again of the same list', () => {
    const card = errorCard({ kind: 'unavailable', retryAfterSeconds: 29.5, retry: { action: retry } });
    expect(textsIn(card)).toEqual([
      '⚠️ AvePoint is busy right now',
      'The backup service is throttling requests or is unavailable.',
      'Try again in about 30 s.',
    ]);
    expect(executeActions(card).map((a) => [a.title, a.data])).toEqual([['Try again', retry]]);
  });

  test('a failed job can be tried again: the same detail action', () => {
    const card = errorCard({ kind: 'timeout', retry: { action: { verb: 'detail', jobId: 'J1' } } });
    expect(executeActions(card).map((a) => [a.title, a.verb, a.data])).toEqual([['Try again', 'detail', { verb: 'detail', jobId: 'J1' }]]);
  });

  test.each([
    ['a sentence is sent again as the user (imBack)', 'failed jobs for contoso', [{ type: 'imBack', value: 'failed jobs for contoso' }]],
    ['an empty sentence gets no button', '', []],
    ['a sentence over 500 characters gets no button', 'x'.repeat(501), []],
  ])('retry by sentence: %s', (_, sentence, expected) => {
    const card = errorCard({ kind: 'unavailable', retry: { sentence } });
    expect(imBackValues(card)).toEqual(expected);
    expect(submitActions(card).map((a) => a.title)).toEqual(expected.map(() => 'Try again'));
  });

  test('title and message can be given; without retry there is no button', () => {
    const card = errorCard({ title: 'Timed out', message: 'AvePoint did not answer within 10 s.' });
    expect(textsIn(card)).toEqual(['⚠️ Timed out', 'AvePoint did not answer within 10 s.']);
    expect(card.actions).toEqual([]);
  });
});

describe('still working card', () => {
  test.each([
    ['a list', retry, '“failed backups today”'],
    ['a job', { verb: 'detail', jobId: 'J1' } as const, '“job J1”'],
  ])('for %s, names what is being fetched and offers a refresh of the same action', (_, action, named) => {
    const card = stillWorkingCard({ retry: action });
    expect(textsIn(card)[1]).toContain(named);
    expect(executeActions(card).map((a) => [a.verb, a.data])).toEqual([[action.verb, action]]);
  });
});

describe('refusal card', () => {
  test('says the bot is not available and offers nothing to click', () => {
    const card = refusalCard();
    expect(textsIn(card)[0]).toBe('This bot is not available for your organisation.');
    expect(objectsIn(card).filter((o) => String(o.type).startsWith('Action.'))).toEqual([]);
  });
});
