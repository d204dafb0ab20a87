import SwaggerParser from '@apidevtools/swagger-parser';
import { JobStatus, JobType } from '../../jobs/enums';
import { FILTER_PARAMETERS, FORMAT_PARAMETER, REFINE_PARAMETERS, SENTENCE_PARAMETERS, STATUS_PARAMETER } from '../../jobs/queryParameters';
import { openApiDocument, swaggerDocument } from '../openApiDocument';

const BASE = 'https://jobs.example:8443/tenant';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON that the tests walk and check with expect(); typed bodies are still to do.
type Doc = Record<string, any>;
const openApi = openApiDocument(BASE) as Doc;
const swagger = swaggerDocument(BASE) as Doc;
// The validator dereferences in place: give it a copy.
const validate = (doc: Doc) => SwaggerParser.validate(structuredClone(doc) as never);
const operations = (doc: Doc) => Object.values(doc.paths as Doc).flatMap((path) => Object.values(path as Doc)) as Doc[];

describe('the OpenAPI 3.0.3 document', () => {
  it('is valid OpenAPI 3.0', async () => {
    await expect(validate(openApi)).resolves.toBeDefined();
    expect(openApi.openapi).toBe('3.0.3');
  });

  it('has its server at the public URL', () => {
    expect(openApi.servers).toEqual([{ url: `${BASE}/api` }]);
  });

  it('describes GetJobs, ListJobs, GetSummary and Health', () => {
    expect(operations(openApi).map((op) => op.operationId)).toEqual(['GetJobs', 'ListJobs', 'GetSummary', 'Health']);
  });

  it('documents every query parameter /api/jobs accepts under its short name, and no other', () => {
    const names = openApi.paths['/jobs'].get.parameters.map((p: Doc) => p.name).sort();
    const accepted = [
      ...Object.values(FILTER_PARAMETERS).map((aliases) => aliases[0]),
      STATUS_PARAMETER,
      ...Object.values(REFINE_PARAMETERS),
      ...SENTENCE_PARAMETERS,
      FORMAT_PARAMETER,
    ];
    expect(names).toEqual(accepted.sort());
  });

  it('says filter.status may be one integer or an array, and that a page may carry the interpretation of q', () => {
    const page = openApi.components.schemas.JobsPage;
    expect(page.properties.interpretation).toEqual({ $ref: '#/components/schemas/Interpretation' });
    expect(openApi.components.schemas.EffectiveFilter.properties.status.anyOf.map((s: Doc) => s.type)).toEqual(['integer', 'array']);
  });

  it('takes enum values and labels from the enum tables', () => {
    const type = openApi.components.schemas.JobFilterModel.properties.type.anyOf;
    expect(type[0].enum).toEqual(Object.values(JobType));
    expect(type[0]['x-ms-enum-values']).toContainEqual({ value: 4, displayName: 'Dry run' });
    expect(type[1].enum).toEqual(Object.keys(JobType));
    const status = openApi.components.schemas.JobFilterModel.properties.status.anyOf;
    expect(status[0].enum).toEqual(Object.values(JobStatus));
    expect(openApi.components.schemas.Job.properties.statusName.enum).toEqual([...Object.keys(JobStatus), 'unknown']);
  });
});

describe('the Swagger 2.0 document for Power Platform connectors', () => {
  it('is valid Swagger 2.0', async () => {
    await expect(validate(swagger)).resolves.toBeDefined();
    expect(swagger.swagger).toBe('2.0');
  });

  it('takes host, basePath and schemes from the public URL', () => {
    expect(swagger).toMatchObject({ host: 'jobs.example:8443', basePath: '/tenant/api', schemes: ['https'] });
    expect((swaggerDocument('http://127.0.0.1:7071') as Doc).basePath).toBe('/api');
  });

  it('sends the function key as an x-functions-key apiKey header, except to Health', () => {
    expect(swagger.securityDefinitions).toEqual({
      functionKey: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-functions-key' }),
    });
    expect(swagger.security).toEqual([{ functionKey: [] }]);
    expect(swagger.paths['/health'].get.security).toEqual([]);
  });

  it('renders the same operations as the OpenAPI document, each with an operationId, summary and description', () => {
    expect(operations(swagger).map((op) => op.operationId)).toEqual(operations(openApi).map((op) => op.operationId));
    for (const op of operations(swagger)) {
      expect(op).toEqual(
        expect.objectContaining({
          operationId: expect.any(String),
          summary: expect.stringMatching(/\S/),
          description: expect.stringMatching(/\S/),
        }),
      );
    }
  });

  it('labels every parameter with x-ms-summary', () => {
    const parameters = operations(swagger).flatMap((op) => op.parameters as Doc[]);
    expect(parameters.length).toBeGreaterThan(10);
    for (const parameter of parameters) expect(parameter['x-ms-summary']).toMatch(/\S/);
  });

  it('lets connectors page ListJobs by nextLink', () => {
    expect(swagger.paths['/jobs'].get['x-ms-pageable']).toEqual({ nextLinkName: 'nextLink', itemName: 'jobs' });
  });

  it('has no oneOf, anyOf or allOf anywhere, and no nullable (x-nullable instead)', () => {
    const text = JSON.stringify(swagger);
    expect(text).not.toMatch(/"(oneOf|anyOf|allOf|nullable)"/);
    expect(swagger.definitions.JobsPage.properties.nextLink['x-nullable']).toBe(true);
  });

  it('keeps enums as enums: type and status as integers with their labels, status as a comma-separated list', () => {
    const parameters = Object.fromEntries((swagger.paths['/jobs'].get.parameters as Doc[]).map((p) => [p.name, p]));
    expect(parameters.type).toMatchObject({ type: 'integer', enum: Object.values(JobType) });
    expect(parameters.type['x-ms-enum-values']).toContainEqual({ value: 1, displayName: 'Backup' });
    expect(parameters.status).toMatchObject({
      type: 'array',
      collectionFormat: 'csv',
      items: { type: 'integer', enum: Object.values(JobStatus) },
    });
    expect(swagger.definitions.JobFilterModel.properties.status).toMatchObject({ type: 'integer', enum: Object.values(JobStatus) });
    expect(swagger.definitions.JobFilterModel.properties.status.description).toMatch(/array/);
  });
});

it('the validator refuses a broken document of either version (so the checks above can fail)', async () => {
  for (const doc of [openApi, swagger]) {
    const broken = structuredClone(doc);
    delete broken.paths['/jobs'].get.responses;
    await expect(validate(broken)).rejects.toThrow();
  }
});
