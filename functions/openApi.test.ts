import { httpRequest } from '../test/functions/handlerKit';
import { openApiHandler } from './openApi';

it('serves the OpenAPI document with the server URL of the request’s origin', async () => {
  const response = await openApiHandler()(httpRequest('GET', 'https://jobs.example:8443/api/openapi.json?x=1'));
  expect(response.status).toBe(200);
  expect(response.jsonBody).toMatchObject({ openapi: expect.stringMatching(/^3\.0\./), servers: [{ url: 'https://jobs.example:8443/api' }] });
});
