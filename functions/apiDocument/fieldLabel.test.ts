import { fieldLabel } from './fieldLabel';

it.each([
  ['jobId', 'Job ID'],
  ['rpoHours', 'RPO hours'],
  ['latencyMs', 'Latency (ms)'],
  ['finishedWithException', 'Finished with exception'],
  ['hoursSinceSuccessfulBackup', 'Hours since successful backup'],
  ['status', 'Status'],
])('labels %s as "%s"', (name, label) => {
  expect(fieldLabel(name)).toBe(label);
});
