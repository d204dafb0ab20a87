import {
  interpretationSchema,
  jobFilterModelSchema,
  jobsPageResponseSchema,
  jobViewSchema,
  summaryResponseSchema,
} from '../../jobs/apiSchemas';
import { SUMMARY_FILTERS } from '../getSummary';
import { JOBS_PATH } from '../jobsResponse';
import type { ApiModel, ApiOperation, ApiResponse } from './ApiModel';
import { healthSchema, problemSchema } from './httpSchemas';
import { COMPONENTS, componentsFromZod } from './jsonSchema';
import { filterParameter, formatParameter, sentenceParameters, statusParameter } from './parameters';
import { refineParameters } from './refineParameters';
import { jobFilterModelInput, RANGE_RULES } from './requestSchemas';
import { problemResponses, unauthorized } from './problemResponses';

const ref = (name: string) => ({ $ref: `${COMPONENTS}${name}` });
const json = (name: string) => ({ contentType: 'application/json', schema: ref(name) });
const page: ApiResponse = { description: 'A page of jobs and the effective filter', bodies: [json('JobsPage')] };

const getJobs: ApiOperation = {
  path: '/OpenApi/GetJobs',
  method: 'post',
  operationId: 'GetJobs',
  summary: 'Get jobs (JobFilterModel body)',
  description: 'Drop-in for AvePoint GetJobs: a JobFilterModel in, a page of jobs and the effective filter out.',
  parameters: [],
  requestBody: {
    summary: 'Filter',
    description: 'The JobFilterModel; an empty body means every default',
    contentTypes: ['application/json', 'text/json'],
    schema: ref('JobFilterModel'),
  },
  responses: { '200': page, ...unauthorized, ...problemResponses(400, 413, 415, 500, 502, 503, 504) },
};

const listJobs: ApiOperation = {
  path: JOBS_PATH.replace(/^\/api/, ''),
  method: 'get',
  operationId: 'ListJobs',
  summary: 'List jobs (query string or sentence)',
  description:
    'The filter as query parameters, or `q` = a sentence such as "failed backups yesterday" read in time zone `tz`. ' +
    `${RANGE_RULES} Follow nextLink (adding your function key) until it is null. ` +
    'With Accept: text/csv or format=csv: the whole range as CSV instead of a page.',
  parameters: [
    ...SUMMARY_FILTERS.map(filterParameter),
    statusParameter,
    ...(['page', 'pageSize', 'objectType'] as const).map(filterParameter),
    ...refineParameters,
    ...sentenceParameters,
    formatParameter,
  ],
  responses: {
    '200': {
      ...page,
      bodies: [...page.bodies, { contentType: 'text/csv', schema: { type: 'string', description: 'UTF-8 with a BOM, a header row' } }],
    },
    ...unauthorized,
    ...problemResponses(400, 500, 502, 503, 504),
  },
  pageable: { nextLinkName: 'nextLink', itemName: 'jobs' },
};

const getSummary: ApiOperation = {
  path: '/summary',
  method: 'get',
  operationId: 'GetSummary',
  summary: 'Summarize jobs over a range',
  description:
    "Counts per status and per organisation over a range (default the last 24 hours), each organisation's last successful backup " +
    'and whether it is within the RPO, and the answer in one sentence. Or `q` = a question such as "did the backups for Contoso succeed?".',
  parameters: [...SUMMARY_FILTERS.map(filterParameter), ...sentenceParameters],
  responses: {
    '200': { description: 'The summary', bodies: [json('Summary')] },
    ...unauthorized,
    ...problemResponses(400, 500, 502, 503, 504),
  },
};

const health: ApiOperation = {
  path: '/health',
  method: 'get',
  operationId: 'Health',
  summary: 'Health of the app and its upstream',
  description: 'Liveness, and whether a token can be had and the AvePoint jobs API answers. No secrets, no URLs.',
  anonymous: true,
  parameters: [],
  responses: {
    '200': { description: 'Healthy', bodies: [json('Health')] },
    '503': { description: 'The token endpoint or the jobs API failed', bodies: [json('Health')] },
  },
};

/** The one description of the facade: both documents and the connector are rendered from it. */
export function facadeApi(): ApiModel {
  return {
    title: 'AvePoint Dynamics 365 backup jobs',
    version: '1.0.0',
    description: 'Jobs of AvePoint Cloud Backup for Dynamics 365. Times are UTC.',
    schemas: {
      JobFilterModel: jobFilterModelInput,
      ...componentsFromZod({
        Job: jobViewSchema,
        JobsPage: jobsPageResponseSchema,
        EffectiveFilter: jobFilterModelSchema,
        Interpretation: interpretationSchema,
        Summary: summaryResponseSchema,
        Health: healthSchema,
        Problem: problemSchema,
      }),
    },
    operations: [getJobs, listJobs, getSummary, health],
  };
}
