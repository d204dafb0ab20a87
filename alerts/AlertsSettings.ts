/** The alerts room's settings, validated by app/config.ts. */
export interface AlertsSettings {
  /** NCRONTAB (six fields) of the deliverAlerts timer. */
  schedule: string;
  /** Default threshold of missed-backup subscriptions, in hours (BACKUP_RPO_HOURS). */
  rpoHours: number;
  /** BOT_ALLOWED_TENANTS: a conversation of another tenant gets no alert (absent or empty = every tenant). */
  allowedTenants?: string[];
}

/** Every 5 minutes. */
export const DEFAULT_ALERTS_SCHEDULE = '0 */5 * * * *';
export const DEFAULT_RPO_HOURS = 24;

/** "every 5 minutes" for the default-shaped schedules; the NCRONTAB itself otherwise. */
export function describeSchedule(schedule: string): string {
  const minutes = /^0 \*\/(\d+) \* \* \* \*$/.exec(schedule.trim());
  if (minutes) return minutes[1] === '1' ? 'every minute' : `every ${minutes[1]} minutes`;
  if (/^0 0 \* \* \* \*$/.test(schedule.trim())) return 'every hour';
  return `on the schedule ${schedule.trim()}`;
}
