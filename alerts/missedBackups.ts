import type { Job, Organization } from '../jobs/model';

/** An organisation's standing against a missed-backup threshold at the time of a run. */
export type BackupStanding =
  { organization: Organization; missed: true } | { organization: Organization; missed: false; lastSuccess: string };

/**
 * Pure: for each organisation watched, whether it had a successful backup within the threshold.
 * `successes` are the finished backups of the threshold window (newest first or not).
 */
export function backupStandings(organizations: readonly Organization[], successes: readonly Job[]): BackupStanding[] {
  const latest = new Map<string, string>();
  for (const job of successes) {
    const id = job.organizationId.toLowerCase();
    const at = job.finishTime ?? job.startTime;
    const known = latest.get(id);
    if (!known || Date.parse(at) > Date.parse(known)) latest.set(id, at);
  }
  return organizations.map((organization) => {
    const lastSuccess = latest.get(organization.id.toLowerCase());
    return lastSuccess ? { organization, missed: false, lastSuccess } : { organization, missed: true };
  });
}

/** The ledger key of a missed-backup episode: one open episode per (subscription, organisation). */
export const missedItem = (organizationId: string): string => `missed:${organizationId.toLowerCase()}`;
