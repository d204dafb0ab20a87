import type { JsonSchema } from './jsonSchema';

const ISO_UTC = 'ISO 8601, UTC';
const STATUS_COUNTS = {
  inProgress: 'Jobs still running',
  finished: 'Jobs that finished successfully',
  failed: 'Jobs that failed',
  finishedWithException: 'Jobs that finished with exceptions (some items failed or were skipped)',
};
const prefixed = (prefix: string, docs: Record<string, string>) =>
  Object.fromEntries(Object.entries(docs).map(([name, text]) => [`${prefix}.${name}`, text]));

/**
 * What each answer field means, by component and path (`[]` for array items), for the fields whose zod
 * schema in jobs/ says nothing: Copilot reads these to pick and explain fields, connectors show them.
 * A description in the zod schema wins; documents.test.ts checks that every field has one and that
 * no entry here is stale.
 */
export const FIELD_DOCS: Record<string, string> = {
  'Job.module': 'The AvePoint module the job ran for',
  'Job.type': 'Job type as a number (see typeName)',
  'Job.jobId': 'AvePoint job id',
  'Job.startTime': `When the job started, ${ISO_UTC}`,
  'Job.finishTime': `When the job finished, ${ISO_UTC}; null while it runs`,
  'Job.durationHours': 'How long the job ran (or has been running), in hours',
  'Job.status': 'Job status as a number (see statusName)',
  'Job.successfulEntity': 'Entities backed up or restored successfully',
  'Job.failedEntity': 'Entities that failed',
  'Job.skippedEntity': 'Entities skipped',
  'Job.warningEntity': 'Entities finished with warnings',
  'Job.totalEntity': 'Entities the job covered',
  'Job.successfulRecord': 'Records backed up or restored successfully',
  'Job.failedRecord': 'Records that failed',
  'Job.skippedRecord': 'Records skipped',
  'Job.warningRecord': 'Records finished with warnings',
  'Job.totalRecord': 'Records the job covered',
  'Job.backupSize': 'Size of the backup, in bytes',
  'Job.organizationId': 'Dynamics 365 organization (environment) GUID',
  'Job.organizationName': 'Dynamics 365 organization (environment) name',
  'JobsPage.totalCount': 'Jobs matching the filter, over all pages',
  'JobsPage.pageIndex': '1-based number of this page',
  'JobsPage.pageSize': 'Jobs per page',
  'JobsPage.jobs': 'The jobs of this page, newest first',
  'JobsPage.filter': 'The filter the page was read with, defaults filled in',
  'JobsPage.interpretation': 'How the sentence q was read (only with q)',
  'EffectiveFilter.pageInfo': 'Page number and size',
  'EffectiveFilter.pageInfo.currentPage': '1-based page number',
  'EffectiveFilter.pageInfo.pageSize': 'Jobs per page',
  'EffectiveFilter.type': 'Job type as a number; 0 means all types',
  'EffectiveFilter.organizationId': 'Organization GUID, when filtered by one',
  'EffectiveFilter.objectType': 'AvePoint module type, when filtered by one',
  'Interpretation.timeZone': 'IANA time zone the sentence was read in',
  'Interpretation.intent': 'What the sentence asked for: a list of jobs (query) or a summary',
  'Summary.filter': 'The range and filter summarized',
  'Summary.filter.type': 'Job type as a number; 0 means all types',
  'Summary.filter.startTime': `Start of the range summarized, ${ISO_UTC}`,
  'Summary.filter.endTime': `End of the range summarized, ${ISO_UTC}`,
  'Summary.filter.organizationId': 'Organization GUID, when summarizing one',
  'Summary.interpretation': 'How the sentence q was read (only with q)',
  'Summary.rpoHours': 'Recovery point objective: hours within which each organization should have a successful backup',
  'Summary.totalCount': 'Jobs in the range',
  'Summary.byStatus': 'Jobs in the range per status',
  ...prefixed('Summary.byStatus', STATUS_COUNTS),
  'Summary.previous.totalCount': 'Jobs in the period before, of the same length',
  'Summary.previous.byStatus': 'Jobs in the period before, per status',
  ...prefixed('Summary.previous.byStatus', STATUS_COUNTS),
  'Summary.daily[].failed': 'Jobs of that day that failed',
  'Summary.daily[].finished': 'Jobs of that day that finished successfully',
  'Summary.worstRecord.organizationId': 'The organisation with the worst record (id)',
  'Summary.worstRecord.organizationName': 'Its name',
  'Summary.worstRecord.successRate': 'Its success rate: finished ÷ jobs that ended, 0 to 1',
  'Summary.worstRecord.failed': 'Its failed jobs in the range',
  'Summary.worstRecord.finishedWithException': 'Its jobs that finished with exceptions in the range',
  'Summary.organizations': 'Each organization with jobs in the range: most failures first, then those without a recent successful backup',
  'Summary.organizations[].organizationId': 'Organization GUID',
  'Summary.organizations[].organizationName': 'Organization name',
  'Summary.organizations[].byStatus': "The organization's jobs per status",
  ...prefixed('Summary.organizations[].byStatus', STATUS_COUNTS),
  'Summary.organizations[].lastSuccessfulBackup': `When its last successful backup finished, ${ISO_UTC}; null when none is known`,
  'Summary.organizations[].hoursSinceSuccessfulBackup': 'Hours since then; null when none is known',
  'Summary.organizations[].lastFailure': 'Its latest failed job in the range; null when none failed',
  'Summary.organizations[].lastFailure.jobId': 'AvePoint job id of the failed job',
  'Summary.organizations[].lastFailure.startTime': `When the failed job started, ${ISO_UTC}`,
  'Summary.otherOrganizationsCount': 'Jobs in the range of organizations not listed',
};

/** Each named schema with FIELD_DOCS' descriptions added where a property has none. */
export function describeFields(schemas: Record<string, JsonSchema>, docs: Record<string, string> = FIELD_DOCS): Record<string, JsonSchema> {
  const walk = (schema: JsonSchema, path: string): JsonSchema => {
    const { properties, items } = schema;
    return {
      ...schema,
      ...(properties !== undefined && {
        properties: Object.fromEntries(
          Object.entries(properties as Record<string, JsonSchema>).map(([name, value]) => {
            const described = walk(value, `${path}.${name}`);
            const text = docs[`${path}.${name}`];
            return [name, described.description === undefined && text !== undefined ? { ...described, description: text } : described];
          }),
        ),
      }),
      ...(items !== undefined && { items: walk(items as JsonSchema, `${path}[]`) }),
    };
  };
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, walk(schema, name)]));
}
