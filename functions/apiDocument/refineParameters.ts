import { REFINE_SCAN_LIMIT } from '../../jobs/limits';
import { REFINE_PARAMETERS } from '../http/queryParameters';
import { JOB_SORTS, type Refinement } from '../../jobs/Refinement';
import { REFINE_LIST_MAX } from '../../jobs/refinementSchema';
import type { ApiParameter } from './ApiModel';
import type { JsonSchema } from './jsonSchema';
import { jobType, organizationId } from './requestSchemas';

type Doc = Omit<ApiParameter, 'name'>;

const BOUND = `Refined by the facade over at most ${REFINE_SCAN_LIMIT.toLocaleString('en-US')} jobs of the range (scan.complete is false when the range holds more)`;
const LIST = `comma-separated or repeated, at most ${REFINE_LIST_MAX}`;
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items, maxItems: REFINE_LIST_MAX });
const size: JsonSchema = {
  anyOf: [
    { type: 'integer', minimum: 0, description: 'Bytes' },
    {
      type: 'string',
      pattern: '^\\d+(\\.\\d+)?\\s*([KkMmGgTt]?[Bb])?$',
      description: 'A number with B, KB, MB, GB or TB (1024-based), e.g. 10GB',
    },
  ],
};
const hours: JsonSchema = { type: 'number', minimum: 0 };
const items: JsonSchema = { type: 'integer', minimum: 0 };

/** Every refinement field (a missing one does not compile), as jobs/refinementSchema.ts checks it. */
const REFINE_DOCS: Record<keyof Refinement, Doc> = {
  excludeOrganizationIds: {
    summary: 'Exclude organizations',
    description: `Leave out jobs of these organisation GUIDs, ${LIST}`,
    schema: list(organizationId),
  },
  excludeTypes: {
    summary: 'Exclude types',
    description: `Leave out jobs of these types (${jobType.listing}; not 0), ${LIST}`,
    schema: list(jobType.schema),
  },
  modules: {
    summary: 'Modules',
    description: `Only jobs of these modules, in any case (e.g. Customer Engagement, Dataverse), ${LIST}`,
    schema: list({ type: 'string', maxLength: 100 }),
  },
  minSize: { summary: 'Minimum size', description: 'Only jobs whose backup size is at least this: bytes, or e.g. 10GB', schema: size },
  maxSize: { summary: 'Maximum size', description: 'Only jobs whose backup size is at most this: bytes, or e.g. 500MB', schema: size },
  minDurationHours: { summary: 'Minimum hours', description: 'Only jobs that ran at least this many hours, e.g. 1.5', schema: hours },
  maxDurationHours: { summary: 'Maximum hours', description: 'Only jobs that ran at most this many hours', schema: hours },
  minFailedItems: { summary: 'Minimum failed items', description: 'Only jobs with at least this many failed records', schema: items },
  minSkippedItems: { summary: 'Minimum skipped items', description: 'Only jobs with at least this many skipped records', schema: items },
  sort: {
    summary: 'Order',
    description: 'Order of the whole refined list before paging (mostFailed: most failed records first)',
    schema: { type: 'string', enum: [...JOB_SORTS], default: 'newest' },
  },
  limit: {
    summary: 'At most',
    description: 'At most this many jobs in all, across pages ("top 5")',
    schema: { type: 'integer', minimum: 1, maximum: REFINE_SCAN_LIMIT },
  },
};

/** GET /api/jobs's refinement parameters (functions/http/queryParameters.ts REFINE_PARAMETERS), each saying it is refined over a bounded scan. */
export const refineParameters: ApiParameter[] = (Object.keys(REFINE_PARAMETERS) as (keyof Refinement)[]).map((field) => ({
  name: REFINE_PARAMETERS[field],
  ...REFINE_DOCS[field],
  description: `${REFINE_DOCS[field].description}. ${BOUND}`,
}));
