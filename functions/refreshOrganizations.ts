import type { InvocationContext, Timer } from '@azure/functions';
import type { OrganizationDirectory } from '../jobs/organizationDirectory';

/** Every 30 minutes (six-field NCRONTAB, as the Functions host reads it). */
export const REFRESH_ORGANIZATIONS_SCHEDULE = '0 */30 * * * *';

/** Timer: refills the organisation directory from the last 7 days of jobs. */
export function refreshOrganizationsHandler(deps: { directory: Pick<OrganizationDirectory, 'refresh'> }) {
  return async (_timer: Timer, context: InvocationContext): Promise<void> => {
    const organizations = await deps.directory.refresh();
    context.log('Organisations refreshed', { count: organizations.length });
  };
}
