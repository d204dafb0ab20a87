/** Job types as AvePoint numbers them (bit-like values; treated as one value each). */
export const JobType = {
  all: 0,
  backup: 1,
  restore: 2,
  dryRun: 4,
  retention: 8,
  auditBackup: 16,
  export: 32,
} as const;
export type JobTypeName = keyof typeof JobType;
export type JobTypeValue = (typeof JobType)[JobTypeName];

/** Job statuses as AvePoint numbers them. */
export const JobStatus = {
  inProgress: 2,
  finished: 3,
  failed: 4,
  finishedWithException: 7,
} as const;
export type JobStatusName = keyof typeof JobStatus;
export type JobStatusValue = (typeof JobStatus)[JobStatusName];

const invert = <T extends Record<string, number>>(o: T) =>
  new Map(Object.entries(o).map(([name, value]) => [value, name as keyof T]));

const typeNames = invert(JobType);
const statusNames = invert(JobStatus);

/** Name of a job type number, or undefined for a value AvePoint does not define. */
export const jobTypeName = (value: number): JobTypeName | undefined => typeNames.get(value as JobTypeValue);
/** Name of a job status number, or undefined for a value AvePoint does not define. */
export const jobStatusName = (value: number): JobStatusName | undefined => statusNames.get(value as JobStatusValue);
