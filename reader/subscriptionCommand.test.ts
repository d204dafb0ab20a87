import { readSubscriptionCommand } from './subscriptionCommand';

const CONTOSO = { id: '6f1c2a4e-3b5d-4e8f-9a10-2b3c4d5e6f70', name: 'Contoso' };
const FABRIKAM = { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: 'Fabrikam' };
const ctx = { organizations: [CONTOSO, FABRIKAM], now: new Date('2026-11-28T12:00:00Z'), timeZone: 'Europe/Berlin' };
const read = (sentence: string) => readSubscriptionCommand(sentence, ctx);

describe('subscription sentences are read into commands', () => {
  test.each([
    ['notify me about failed backups', { kind: 'subscribe', subscriptionKind: 'jobs', filter: { statuses: [4], type: 1 } }],
    [
      'alert this channel when backups for contoso fail',
      {
        kind: 'subscribe',
        subscriptionKind: 'jobs',
        filter: { statuses: [4], type: 1, organizationId: CONTOSO.id, organizationName: 'Contoso' },
      },
    ],
    [
      'alert this chat when restores for fabrikam fail',
      { kind: 'subscribe', subscriptionKind: 'jobs', filter: { statuses: [4], type: 2, organizationId: FABRIKAM.id } },
    ],
    ['tell me about restores with warnings', { kind: 'subscribe', subscriptionKind: 'jobs', filter: { statuses: [7], type: 2 } }],
    ['Notify me about problems!', { kind: 'subscribe', subscriptionKind: 'jobs', filter: { statuses: [4, 7], type: 0 } }],
    [
      'warn if any organisation misses its backup',
      { kind: 'subscribe', subscriptionKind: 'missedBackup', filter: { statuses: [], type: 1 } },
    ],
    [
      'warn me if an organisation has no successful backup for 12 hours',
      { kind: 'subscribe', subscriptionKind: 'missedBackup', thresholdHours: 12 },
    ],
    [
      'alert me when contoso has no successful backup for 12 hours',
      { kind: 'subscribe', subscriptionKind: 'missedBackup', thresholdHours: 12, filter: { organizationId: CONTOSO.id } },
    ],
    ['alert on missed backups', { kind: 'subscribe', subscriptionKind: 'missedBackup', filter: { statuses: [], type: 1 } }],
    ['send me a summary every morning at 8', { kind: 'subscribe', subscriptionKind: 'digest', localTime: '08:00' }],
    ['daily digest at 07:30', { kind: 'subscribe', subscriptionKind: 'digest', localTime: '07:30' }],
    ['daily summary at 7:30', { kind: 'subscribe', subscriptionKind: 'digest', localTime: '07:30' }],
    ['send me a summary every evening at 6', { kind: 'subscribe', subscriptionKind: 'digest', localTime: '18:00' }],
    [
      'daily digest at 5pm for fabrikam',
      { kind: 'subscribe', subscriptionKind: 'digest', localTime: '17:00', filter: { organizationId: FABRIKAM.id } },
    ],
    ['list my alerts', { kind: 'list' }],
    ['subscriptions', { kind: 'list' }],
    ['show my subscriptions', { kind: 'list' }],
    ['unsubscribe 2', { kind: 'unsubscribe', id: 2 }],
    ['unsubscribe #12', { kind: 'unsubscribe', id: 12 }],
    ['stop all alerts', { kind: 'unsubscribeAll' }],
    ['unsubscribe all', { kind: 'unsubscribeAll' }],
    ['mute contoso for 4 hours', { kind: 'mute', organizationId: CONTOSO.id, organizationName: 'Contoso', hours: 4 }],
    ['mute Fabrikam for 3 hours', { kind: 'mute', organizationId: FABRIKAM.id, hours: 3 }],
    ['mute contoso for 30 minutes', { kind: 'mute', organizationId: CONTOSO.id, hours: 0.5 }],
    ['snooze contoso for two days', { kind: 'mute', organizationId: CONTOSO.id, hours: 48 }],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toMatchObject(expected);
  });

  test.each([
    'failed jobs today',
    'show failed backups for contoso',
    'backups in progress',
    'help',
    'job DCIB2026112722300031000000',
    'next',
    'summary for fabrikam last week',
    'how are my backups?',
  ])('a query is not a command: %s', (sentence) => {
    expect(read(sentence)).toBeUndefined();
  });

  test('a word it cannot use is asked back, never dropped to watch for more than was asked', () => {
    expect(read('notify me about aborted backups')).toMatchObject({ kind: 'clarify', message: expect.stringContaining('"aborted"') });
  });

  test('an unknown organisation is asked back, never widened to every organisation', () => {
    expect(read('notify me about failed backups for contsoo')).toMatchObject({ kind: 'unknownOrganization', suggestions: ['Contoso'] });
    expect(read('mute globex for 2 hours')).toMatchObject({ kind: 'unknownOrganization' });
  });

  test('a job subscription keeps no time range: "today" does not narrow what is watched', () => {
    const command = read('notify me about failed backups');
    expect(command).not.toHaveProperty('filter.startTime');
  });

  test('the reading says what is watched', () => {
    expect(read('alert me when backups for contoso fail')).toMatchObject({ reading: expect.stringMatching(/^Failed backup jobs/) });
  });
});
