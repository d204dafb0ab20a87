import {
  interpretationSchema,
  jobFilterModelSchema,
  jobsPageResponseSchema,
  jobViewSchema,
  summaryResponseSchema,
} from '../http/apiSchemas';
import { SUMMARY_FILTERS } from '../getSummary';
import { CSV_MAX_JOBS } from '../jobsCsv';
import { ROUTES } from '../routes';
import type { ApiModel, ApiOperation, ApiResponse } from './ApiModel';
import { healthSchema, problemSchema } from './httpSchemas';
import { describeFields } from './fieldDocs';
import { COMPONENTS, componentsFromZod } from './jsonSchema';
import { filterParameter, sentenceParameters, statusParameter } from './parameters';
import { refineParameters } from './refineParameters';
import { jobFilterModelInput, RANGE_RULES } from './requestSchemas';
import { problemResponses, unauthorized } from './problemResponses';

const ref = (name: string) => ({ $ref: `${COMPONENTS}${name}` });
const json = (name: string) => ({ contentType: 'application/json', schema: ref(name) });
const page: ApiResponse = { description: 'A page of jobs and the effective filter', bodies: [json('JobsPage')] };

const getJobs: ApiOperation = {
  path: `/${ROUTES.getJobs}`,
  method: 'post',
  operationId: 'GetJobs',
  summary: 'Get jobs (JobFilterModel body)',
  description:
    'Drop-in for AvePoint GetJobs: a JobFilterModel in, a page of jobs and the effective filter out. ' +
    'The body is JSON (text/json is accepted too, as AvePoint does).',
  tag: 'Jobs',
  parameters: [],
  requestBody: {
    summary: 'Filter',
    description: 'The JobFilterModel; an empty body means every default',
    contentType: 'application/json',
    schema: ref('JobFilterModel'),
  },
  responses: { '200': page, ...unauthorized, ...problemResponses(400, 413, 415, 500, 502, 503, 504) },
};

/** The job search's parameters: the filter, or a sentence; ListJobsCsv takes the same without paging. */
const searchParameters = (paging: boolean) => [
  ...SUMMARY_FILTERS.map(filterParameter),
  statusParameter,
  ...(paging ? (['page', 'pageSize'] as const) : []).map(filterParameter),
  filterParameter('objectType'),
  ...refineParameters,
  ...sentenceParameters,
];

const listJobs: ApiOperation = {
  path: `/${ROUTES.listJobs}`,
  method: 'get',
  operationId: 'ListJobs',
  summary: 'List jobs (query string or sentence)',
  description:
    'The filter as query parameters, or `q` = a sentence such as "failed backups yesterday" read in time zone `tz`. ' +
    `${RANGE_RULES} Follow nextLink (adding your function key) until it is null. The whole range as CSV: ListJobsCsv.`,
  tag: 'Jobs',
  parameters: searchParameters(true),
  responses: { '200': page, ...unauthorized, ...problemResponses(400, 500, 502, 503, 504) },
  pageable: { nextLinkName: 'nextLink', itemName: 'jobs' },
};

const listJobsCsv: ApiOperation = {
  path: `/${ROUTES.listJobsCsv}`,
  method: 'get',
  operationId: 'ListJobsCsv',
  summary: 'Export jobs as CSV (query string or sentence)',
  description:
    `The whole range of the same query as ListJobs as one CSV file, at most ${CSV_MAX_JOBS.toLocaleString('en-US')} jobs (more is a 400 ` +
    'asking for a narrower range), for Excel: UTF-8 with a byte-order mark, a header row, the fields of a job as columns.',
  tag: 'Jobs',
  parameters: searchParameters(false),
  responses: {
    '200': {
      description: 'The jobs of the range, newest first',
      bodies: [{ contentType: 'text/csv', schema: { type: 'string', description: 'UTF-8 with a BOM, a header row' } }],
    },
    ...unauthorized,
    ...problemResponses(400, 500, 502, 503, 504),
  },
};

const getSummary: ApiOperation = {
  path: `/${ROUTES.getSummary}`,
  method: 'get',
  operationId: 'GetSummary',
  summary: 'Summarize jobs over a range',
  description:
    "Counts per status and per organisation over a range (default the last 24 hours), each organisation's last successful backup " +
    'and whether it is within the RPO, and the answer in one sentence. Or `q` = a question such as "did the backups for Contoso succeed?".',
  tag: 'Summary',
  parameters: [...SUMMARY_FILTERS.map(filterParameter), ...sentenceParameters],
  responses: {
    '200': { description: 'The summary', bodies: [json('Summary')] },
    ...unauthorized,
    ...problemResponses(400, 500, 502, 503, 504),
  },
};

const health: ApiOperation = {
  path: `/${ROUTES.health}`,
  method: 'get',
  operationId: 'Health',
  summary: 'Health of the app and its upstream',
  description: 'Liveness, and whether a token can be had and the AvePoint jobs API answers. No secrets, no URLs.',
  tag: 'Health',
  anonymous: true,
  visibility: 'internal',
  parameters: [],
  responses: {
    '200': { description: 'Healthy', bodies: [json('Health')] },
    '503': { description: 'The token endpoint or the jobs API failed', bodies: [json('Health')] },
  },
};

/** The one description of the facade: both documents and the connector are rendered from it. */
export function facadeApi(): ApiModel {
  return {
    title: 'AvePoint D365 backup jobs',
    version: '1.0.0',
    description:
      'Read-only: the backup and restore jobs of AvePoint Cloud Backup for Dynamics 365, listed, exported or summarized. Times are UTC.',
    tags: [
      { name: 'Jobs', description: 'Backup and restore jobs, filtered by type, status, range and organization, or by a sentence' },
      { name: 'Summary', description: 'Counts per status and organization over a range, with the last successful backup of each' },
      { name: 'Health', description: 'Whether the app and its AvePoint upstream answer' },
    ],
    schemas: {
      JobFilterModel: jobFilterModelInput,
      ...describeFields(
        componentsFromZod({
          Job: jobViewSchema,
          JobsPage: jobsPageResponseSchema,
          EffectiveFilter: jobFilterModelSchema,
          Interpretation: interpretationSchema,
          Summary: summaryResponseSchema,
          Health: healthSchema,
          Problem: problemSchema,
        }),
      ),
    },
    operations: [getJobs, listJobs, listJobsCsv, getSummary, health],
  };
}
