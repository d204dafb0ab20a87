/**
 * AvePoint's two numbered enums, one table each: the number, the label people read on cards
 * and in the API, the words a reading of a sentence echoes back ("failed backup jobs"), and for
 * types the plural an answer counts in ("3 of 52 backups failed").
 */
const JOB_TYPES = {
  all: { value: 0, label: 'All types', reading: '', plural: 'jobs' },
  backup: { value: 1, label: 'Backup', reading: 'backup', plural: 'backups' },
  restore: { value: 2, label: 'Restore', reading: 'restore', plural: 'restores' },
  dryRun: { value: 4, label: 'Dry run', reading: 'dry-run', plural: 'dry runs' },
  retention: { value: 8, label: 'Retention', reading: 'retention', plural: 'retention jobs' },
  auditBackup: { value: 16, label: 'Audit backup', reading: 'audit backup', plural: 'audit backups' },
  export: { value: 32, label: 'Export', reading: 'export', plural: 'exports' },
} as const;

const JOB_STATUSES = {
  inProgress: { value: 2, label: 'In progress', reading: 'in-progress' },
  finished: { value: 3, label: 'Finished', reading: 'finished' },
  failed: { value: 4, label: 'Failed', reading: 'failed' },
  finishedWithException: { value: 7, label: 'Finished with exception', reading: 'finished-with-exception' },
} as const;

interface EnumRow {
  value: number;
  label: string;
  reading: string;
}
type Values<T extends Record<string, EnumRow>> = { readonly [K in keyof T]: T[K]['value'] };
const valuesOf = <T extends Record<string, EnumRow>>(table: T): Values<T> =>
  Object.fromEntries(Object.entries(table).map(([name, row]) => [name, row.value])) as Values<T>;

/** Job types as AvePoint numbers them (bit-like values; treated as one value each). */
export const JobType = valuesOf(JOB_TYPES);
export type JobTypeName = keyof typeof JobType;
export type JobTypeValue = (typeof JobType)[JobTypeName];
/** Every type a job can have: all but `all` (0), which only means "no type filter". */
export const JOB_TYPES_OF_JOBS: readonly JobTypeValue[] = Object.values(JobType).filter((type) => type !== JobType.all);

/** Job statuses as AvePoint numbers them. */
export const JobStatus = valuesOf(JOB_STATUSES);
export type JobStatusName = keyof typeof JobStatus;
export type JobStatusValue = (typeof JobStatus)[JobStatusName];

const invert = <T extends Record<string, EnumRow>>(table: T) =>
  new Map(Object.entries(table).map(([name, row]) => [row.value, name as keyof T]));

const typeNames = invert(JOB_TYPES);
const statusNames = invert(JOB_STATUSES);

/** Name of a job type number, or undefined for a value AvePoint does not define. */
export const jobTypeName = (value: number): JobTypeName | undefined => typeNames.get(value);
/** Name of a job status number, or undefined for a value AvePoint does not define. */
export const jobStatusName = (value: number): JobStatusName | undefined => statusNames.get(value);

/** The label of a job type ("Dry run"), its words in a reading ("dry-run") and its plural ("dry runs"). */
export const jobTypeLabels = (name: JobTypeName): EnumRow & { plural: string } => JOB_TYPES[name];
/** The label of a job status ("Finished with exception") and its words in a reading. */
export const jobStatusLabels = (name: JobStatusName): EnumRow => JOB_STATUSES[name];
