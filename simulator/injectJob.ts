import { z } from 'zod';
import { JOB_TYPES_OF_JOBS, JobStatus, JobType } from '../jobs/enums';
import { enumNumber } from '../jobs/enumValue';
import type { PlannedJob } from './dataGenerator';
import { formatJobId } from './jobIds';
import type { SimOrganization } from './organizations';

const MINUTE_MS = 60_000;
/** An injected job "in progress" runs this long (it never finishes in a test's lifetime). */
const RUNNING_FOREVER_MS = 365 * 24 * 60 * MINUTE_MS;

/** An injected job is of one type: every type of the table but `all`. */

/** The body of `POST /_sim/jobs`: a job to add now, so that a failure can happen on demand. */
export const injectJobSchema = z
  .object({
    type: z.literal(JOB_TYPES_OF_JOBS).default(JobType.backup),
    status: enumNumber(JobStatus),
    organizationId: z.string().optional(),
    organizationName: z.string().optional(),
    /** ISO 8601; default: durationMinutes before now (so a finished job finishes now). */
    startTime: z.iso.datetime({ offset: true }).optional(),
    durationMinutes: z.number().min(0).max(100_000).default(5),
  })
  .refine((b) => b.organizationId !== undefined || b.organizationName !== undefined, {
    message: 'organizationId or organizationName is required',
    path: ['organizationId'],
  });

export type InjectJobInput = z.input<typeof injectJobSchema>;

/** The planned job for an injection, or the reason it names no known organisation. */
export function plannedInjection(
  body: z.output<typeof injectJobSchema>,
  organizations: readonly SimOrganization[],
  nowMs: number,
  sequence: number,
): PlannedJob | string {
  const organization = organizations.find((o) =>
    body.organizationId
      ? o.id.toLowerCase() === body.organizationId.toLowerCase()
      : o.name.toLowerCase() === body.organizationName!.trim().toLowerCase(),
  );
  if (!organization)
    return `no organisation ${body.organizationId ?? body.organizationName}; known: ${organizations.map((o) => o.name).join(', ')}`;
  const durationMs = Math.round(body.durationMinutes * MINUTE_MS);
  const startMs = body.startTime ? Date.parse(body.startTime) : nowMs - durationMs;
  const module = organization.modules[0]!;
  const failed = body.status === JobStatus.failed ? Math.max(1, Math.round(module.entities * 0.1)) : 0;
  const warned = body.status === JobStatus.finishedWithException ? 1 : 0;
  return {
    jobId: formatJobId(body.type, new Date(startMs), 90_000_000 + (sequence % 10_000_000)),
    type: body.type,
    module: module.module,
    startMs,
    durationMs: body.status === JobStatus.inProgress ? RUNNING_FOREVER_MS : durationMs,
    outcome: body.status === JobStatus.inProgress ? JobStatus.finished : body.status,
    totalEntity: module.entities,
    failedEntity: failed,
    skippedEntity: 0,
    warningEntity: warned,
    totalRecord: module.entities * organization.recordsPerEntity,
    failedRecord: failed * organization.recordsPerEntity,
    skippedRecord: 0,
    warningRecord: warned * organization.recordsPerEntity,
    backupSize: body.type === JobType.backup ? module.entities * organization.recordsPerEntity * 1500 : 0,
    organization,
  };
}
