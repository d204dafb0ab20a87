import { JobStatus, JobType, jobStatusLabels, jobTypeLabels, type JobStatusName, type JobTypeName } from '../../jobs/enums';
import { objectTypeSchema, organizationIdSchema, pageSchema, pageSizeSchema } from '../../jobs/fieldSchemas';
import { GUID_PATTERN } from '../../jobs/guid';
import { DEFAULT_PAGE_SIZE, DEFAULT_RANGE_DAYS, EARLIEST_MS, MAX_RANGE_DAYS } from '../../jobs/limits';
import { fromZod, type JsonSchema } from './jsonSchema';

/**
 * What callers send, described from the schemas that check it (jobs/fieldSchemas.ts) and the enum
 * tables (jobs/enums.ts). The number comes first in every choice: the Swagger 2 rendering keeps only
 * the first alternative, and connectors send numbers from a drop-down.
 */

function enumChoice<N extends string>(
  table: Readonly<Record<N, number>>,
  labelOf: (name: N) => { label: string },
): { schema: JsonSchema; listing: string } {
  const rows = (Object.entries(table) as [N, number][]).map(([name, value]) => ({ name, value, label: labelOf(name).label }));
  return {
    schema: {
      anyOf: [
        {
          type: 'integer',
          enum: rows.map((r) => r.value),
          'x-ms-enum-values': rows.map((r) => ({ value: r.value, displayName: r.label })),
        },
        { type: 'string', enum: rows.map((r) => r.name), description: 'The name, in any case' },
      ],
    },
    listing: rows.map((r) => `${r.value} ${r.name} (${r.label})`).join(', '),
  };
}

export const jobType = enumChoice<JobTypeName>(JobType, jobTypeLabels);
export const jobStatus = enumChoice<JobStatusName>(JobStatus, jobStatusLabels);

// The whole-number check is the first stage of these pipes and zod reports the last stage's type: say integer.
const integerOf = (schema: Parameters<typeof fromZod>[0]) => ({ ...fromZod(schema), type: 'integer' });

export const page = { ...integerOf(pageSchema), default: 1 };
export const pageSize = { ...integerOf(pageSizeSchema), default: DEFAULT_PAGE_SIZE };
export const objectType = integerOf(objectTypeSchema);
// Callers send the input (any case, braces allowed); its output, the normalised id, says no pattern: describe the input.
// JSON Schema patterns have no flags, so GUID_PATTERN's /i is spelt out.
export const organizationId = { ...fromZod(organizationIdSchema, 'input'), pattern: GUID_PATTERN.source.replace(/a-f/g, 'a-fA-F') };

/** See jobs/parseInstant.ts: a time needs an offset, or is epoch milliseconds. */
export const instant: JsonSchema = {
  anyOf: [
    { type: 'string', format: 'date-time', description: 'ISO 8601 with Z or an offset' },
    { type: 'integer', minimum: EARLIEST_MS, description: 'Epoch milliseconds' },
  ],
};

export const RANGE_RULES =
  `Without times, the last ${DEFAULT_RANGE_DAYS} days ending now; only a start: until now; only an end: the ${DEFAULT_RANGE_DAYS} days before it. ` +
  `Not before 2000, not more than a day ahead, at most ${MAX_RANGE_DAYS} days.`;

/** The seed's JobFilterModel as GetJobs reads it (functions/http/parseJobFilter.ts). */
export const jobFilterModelInput: JsonSchema = {
  type: 'object',
  description: `A JobFilterModel; unknown properties are ignored, null means not given. ${RANGE_RULES}`,
  properties: {
    pageInfo: { type: 'object', properties: { currentPage: page, pageSize } },
    type: { ...jobType.schema, description: `Job type: ${jobType.listing}`, default: 0 },
    startTime: { ...instant, description: 'Start of the range' },
    endTime: { ...instant, description: 'End of the range' },
    finishTime: { ...instant, description: 'A synonym of endTime' },
    status: {
      description: `Status: ${jobStatus.listing}; an array for several (merged newest first)`,
      anyOf: [...(jobStatus.schema.anyOf as JsonSchema[]), { type: 'array', items: jobStatus.schema, minItems: 1 }],
    },
    organizationId: { ...organizationId, description: 'Organization GUID' },
    objectType: {
      ...objectType,
      description: 'AvePoint module type; refused (400) by the Graph dialect (AVEPOINT_API=graph), which cannot filter by it',
    },
  },
};
