import { openApiHandler } from './openApi';

it('serves the OpenAPI document with the configured public URL as its server', async () => {
  const response = await openApiHandler('https://jobs.example:8443')();
  expect(response.status).toBe(200);
  expect(response.jsonBody).toMatchObject({
    openapi: expect.stringMatching(/^3\.0\./),
    servers: [{ url: 'https://jobs.example:8443/api' }],
  });
});
