import type { FieldNames } from '../http/normalizeJobQuery';
import { FILTER_PARAMETERS, SENTENCE_PARAMETERS, STATUS_PARAMETER } from '../http/queryParameters';
import type { ApiParameter } from './ApiModel';
import { instant, jobStatus, jobType, objectType, organizationId, page, pageSize } from './requestSchemas';

type Doc = Omit<ApiParameter, 'name'>;

/** Every filter field of the query string (a missing one does not compile), named as functions/http/queryParameters.ts names it. */
const FILTER_DOCS: Record<keyof FieldNames, Doc> = {
  page: { summary: 'Page', description: '1-based page number', schema: page },
  pageSize: { summary: 'Page size', description: 'Jobs per page', schema: pageSize },
  type: { summary: 'Job type', description: `Job type: ${jobType.listing}`, schema: jobType.schema },
  start: {
    summary: 'Start time',
    description: 'Start of the range (ISO 8601 with Z or an offset, or epoch milliseconds)',
    schema: instant,
  },
  end: { summary: 'End time', description: 'End of the range (ISO 8601 with Z or an offset, or epoch milliseconds)', schema: instant },
  organizationId: { summary: 'Organization id', description: 'Organization GUID', schema: organizationId },
  objectType: { summary: 'Object type', description: 'AvePoint module type; refused (400) by the Graph dialect', schema: objectType },
};

const SENTENCE_DOCS: Record<(typeof SENTENCE_PARAMETERS)[number], Doc> = {
  q: {
    summary: 'Sentence',
    description: 'A sentence such as "failed backups yesterday", read like the Teams bot reads it; no filter parameters beside it',
    schema: { type: 'string' },
  },
  tz: {
    summary: 'Time zone',
    description: 'IANA time zone the sentence is read in, e.g. Europe/Berlin (default UTC)',
    schema: { type: 'string' },
  },
  locale: {
    summary: 'Locale',
    description: 'BCP 47 locale for dates in the sentence, e.g. en-GB (11/12 = 11 December); without it, the convention of the tz country',
    schema: { type: 'string' },
  },
};

/** One filter parameter under its short name; its documented aliases are listed, not repeated. */
export function filterParameter(field: keyof FieldNames): ApiParameter {
  const [name, ...aliases] = FILTER_PARAMETERS[field];
  const doc = FILTER_DOCS[field];
  return {
    name: name!,
    ...doc,
    description: aliases.length > 0 ? `${doc.description}. Also accepted as ${aliases.join(', ')}` : doc.description,
  };
}

export const statusParameter: ApiParameter = {
  name: STATUS_PARAMETER,
  summary: 'Status',
  description: `Status: ${jobStatus.listing}. Several: comma-separated or repeated (one upstream query each, merged newest first)`,
  schema: { type: 'array', items: jobStatus.schema },
};

export const sentenceParameters: ApiParameter[] = SENTENCE_PARAMETERS.map((name) => ({ name, ...SENTENCE_DOCS[name] }));
