import SwaggerParser from '@apidevtools/swagger-parser';
import { JobStatus, JobType } from '../../jobs/enums';
import { FILTER_PARAMETERS, REFINE_PARAMETERS, SENTENCE_PARAMETERS, STATUS_PARAMETER } from '../http/queryParameters';
import { openApiDocument, swaggerDocument } from '../openApiDocument';
import { FIELD_DOCS } from './fieldDocs';

const BASE = 'https://jobs.example:8443/tenant';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON that the tests walk and check with expect(); typed bodies are still to do.
type Doc = Record<string, any>;
const openApi = openApiDocument(BASE) as Doc;
const swagger = swaggerDocument(BASE) as Doc;
// The validator dereferences in place: give it a copy.
const validate = (doc: Doc) => SwaggerParser.validate(structuredClone(doc) as never);
const operations = (doc: Doc) => Object.values(doc.paths as Doc).flatMap((path) => Object.values(path as Doc)) as Doc[];

/** Every property of every named schema but the request body, as `Schema.path` → its schema. */
function fields(schemas: Doc): [string, Doc][] {
  const found: [string, Doc][] = [];
  const walk = (schema: Doc, path: string) => {
    for (const [name, value] of Object.entries((schema.properties ?? {}) as Doc)) {
      found.push([`${path}.${name}`, value]);
      walk(value, `${path}.${name}`);
    }
    if (schema.items) walk(schema.items, `${path}[]`);
  };
  for (const [name, schema] of Object.entries(schemas)) if (name !== 'JobFilterModel') walk(schema, name);
  return found;
}

describe('the OpenAPI 3.0.3 document', () => {
  it('is valid OpenAPI 3.0', async () => {
    await expect(validate(openApi)).resolves.toBeDefined();
    expect(openApi.openapi).toBe('3.0.3');
  });

  it('has its server at the public URL', () => {
    expect(openApi.servers).toEqual([{ url: `${BASE}/api` }]);
  });

  it('describes GetJobs, ListJobs, ListJobsCsv, GetSummary and Health, each under one tag the document lists', () => {
    expect(operations(openApi).map((op) => op.operationId)).toEqual(['GetJobs', 'ListJobs', 'ListJobsCsv', 'GetSummary', 'Health']);
    const tags = openApi.tags.map((t: Doc) => t.name);
    for (const op of operations(openApi)) expect(tags).toContain(op.tags[0]);
    expect(operations(openApi).every((op) => op.tags.length === 1)).toBe(true);
  });

  it('names a contact and a licence', () => {
    expect(openApi.info.contact).toEqual({ name: expect.any(String), url: `${BASE}/` });
    expect(openApi.info.license.name).toMatch(/\S/);
  });

  it('documents every query parameter /api/jobs accepts under its short name, and no other (format=csv is kept, not documented)', () => {
    const names = openApi.paths['/jobs'].get.parameters.map((p: Doc) => p.name).sort();
    const accepted = [
      ...Object.values(FILTER_PARAMETERS).map((aliases) => aliases[0]),
      STATUS_PARAMETER,
      ...Object.values(REFINE_PARAMETERS),
      ...SENTENCE_PARAMETERS,
    ];
    expect(names).toEqual(accepted.sort());
  });

  it('gives the CSV its own operation, with the same parameters but paging, answering text/csv only', () => {
    const csv = openApi.paths['/jobs.csv'].get;
    const paging = [FILTER_PARAMETERS.page[0], FILTER_PARAMETERS.pageSize[0]];
    const jobsParameters = openApi.paths['/jobs'].get.parameters.filter((p: Doc) => !paging.includes(p.name));
    expect(csv.parameters).toEqual(jobsParameters);
    expect(Object.keys(csv.responses['200'].content)).toEqual(['text/csv']);
    expect(Object.keys(openApi.paths['/jobs'].get.responses['200'].content)).toEqual(['application/json']);
  });

  it('takes one media type per request body and per answer', () => {
    for (const op of operations(openApi)) {
      if (op.requestBody) expect(Object.keys(op.requestBody.content)).toHaveLength(1);
      for (const response of Object.values(op.responses as Doc)) expect(Object.keys(response.content ?? {}).length).toBeLessThanOrEqual(1);
    }
  });

  it('takes flat query parameters: one plain type each, no choice and no list', () => {
    const parameters = operations(openApi).flatMap((op) => (op.parameters ?? []) as Doc[]);
    expect(parameters.length).toBeGreaterThan(20);
    for (const { name, schema } of parameters)
      expect([name, schema.type]).toEqual([name, expect.stringMatching(/^(string|integer|number|boolean)$/)]);
    expect(JSON.stringify(parameters)).not.toMatch(/"(anyOf|oneOf|allOf|items)"/);
  });

  it('describes every field of every answer, and FIELD_DOCS has no entry for a field that is gone', () => {
    const all = fields(openApi.components.schemas);
    expect(all.length).toBeGreaterThan(80);
    for (const [path, schema] of all) expect([path, schema.description]).toEqual([path, expect.stringMatching(/\S/)]);
    const paths = new Set(all.map(([path]) => path));
    expect(Object.keys(FIELD_DOCS).filter((path) => !paths.has(path))).toEqual([]);
  });

  it('says filter.status may be one integer or an array, and that a page may carry the interpretation of q', () => {
    const page = openApi.components.schemas.JobsPage;
    expect(page.properties.interpretation).toMatchObject({ $ref: '#/components/schemas/Interpretation' });
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

  it("describes a summary's filter from the schema that reads it back from cards (jobs/): a type is one of the table's integers", () => {
    const filter = openApi.components.schemas.Summary.properties.filter;
    expect(filter.properties.type).toMatchObject({ type: 'integer', enum: Object.values(JobType) });
    expect(filter.properties.organizationId).toMatchObject({ type: 'string' });
    expect(filter.required).toEqual(['type', 'startTime', 'endTime']);
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

  it('labels every parameter and every field with x-ms-summary', () => {
    const parameters = operations(swagger).flatMap((op) => op.parameters as Doc[]);
    expect(parameters.length).toBeGreaterThan(10);
    for (const parameter of parameters) expect(parameter['x-ms-summary']).toMatch(/\S/);
    const all = fields(swagger.definitions);
    expect(all.length).toBeGreaterThan(80);
    for (const [path, schema] of all) expect([path, schema['x-ms-summary']]).toEqual([path, expect.stringMatching(/\S/)]);
    expect(swagger.definitions.Summary.properties.rpoHours['x-ms-summary']).toBe('RPO hours');
  });

  it('has what connector certification asks for: a title of at most 30 characters, contact, metadata, tags', () => {
    expect(swagger.info.title.length).toBeLessThanOrEqual(30);
    expect(swagger.info.contact).toEqual({ name: expect.any(String), url: `${BASE}/` });
    expect(swagger['x-ms-connector-metadata']).toEqual([
      { propertyName: 'Website', propertyValue: `${BASE}/` },
      { propertyName: 'Privacy policy', propertyValue: `${BASE}/` },
      { propertyName: 'Categories', propertyValue: 'IT Operations;Data' },
    ]);
    for (const op of operations(swagger)) expect(op.tags).toEqual([expect.any(String)]);
  });

  it('hides the health operation from makers, and only it', () => {
    expect(swagger.paths['/health'].get['x-ms-visibility']).toBe('internal');
    expect(operations(swagger).filter((op) => op['x-ms-visibility'])).toHaveLength(1);
  });

  it('takes the publisher given, for a connector submitted for certification', () => {
    const given = swaggerDocument(BASE, {
      name: 'Contoso IT',
      url: 'https://contoso.example/',
      email: 'it@contoso.example',
      privacyUrl: 'https://contoso.example/privacy',
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    }) as Doc;
    expect(given.info.contact).toEqual({ name: 'Contoso IT', url: 'https://contoso.example/', email: 'it@contoso.example' });
    expect(given.info.license).toEqual({ name: 'MIT', url: 'https://opensource.org/license/mit' });
    expect(given['x-ms-connector-metadata'][1]).toEqual({
      propertyName: 'Privacy policy',
      propertyValue: 'https://contoso.example/privacy',
    });
  });

  it('lets connectors page ListJobs by nextLink', () => {
    expect(swagger.paths['/jobs'].get['x-ms-pageable']).toEqual({ nextLinkName: 'nextLink', itemName: 'jobs' });
  });

  it('has no oneOf, anyOf or allOf anywhere, and no nullable (x-nullable instead)', () => {
    const text = JSON.stringify(swagger);
    expect(text).not.toMatch(/"(oneOf|anyOf|allOf|nullable)"/);
    expect(swagger.definitions.JobsPage.properties.nextLink['x-nullable']).toBe(true);
  });

  it('keeps enums as enums: type as integers with their labels, status as a comma-separated string that lists them', () => {
    const parameters = Object.fromEntries((swagger.paths['/jobs'].get.parameters as Doc[]).map((p) => [p.name, p]));
    expect(parameters.type).toMatchObject({ type: 'integer', enum: Object.values(JobType) });
    expect(parameters.type['x-ms-enum-values']).toContainEqual({ value: 1, displayName: 'Backup' });
    expect(parameters.status).toMatchObject({ type: 'string', description: expect.stringContaining('4 failed (Failed)') });
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
