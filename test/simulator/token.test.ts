import { createPrivateKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { startSimulator, type Simulator } from '../../simulator';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ tokenLifetimeSeconds: 1200 });
});
afterAll(() => sim.close());

const post = (form: Record<string, string>, contentType = 'application/x-www-form-urlencoded') =>
  fetch(sim.tokenUrl, { method: 'POST', headers: { 'content-type': contentType }, body: new URLSearchParams(form).toString() });

const keyOf = () => createPrivateKey(sim.clients.certificate.pem.slice(sim.clients.certificate.pem.indexOf('-----BEGIN PRIVATE KEY-----')));
const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

interface AssertionParts {
  iss?: string;
  sub?: string;
  aud?: string;
  expiresIn?: number;
  jti?: string;
  key?: 'registered' | 'other';
}
const assertion = ({ iss, sub, aud, expiresIn = 300, jti = randomUUID(), key = 'registered' }: AssertionParts = {}) => {
  const clientId = sim.clients.certificate.clientId;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer(iss ?? clientId)
    .setSubject(sub ?? clientId)
    .setAudience(aud ?? sim.tokenUrl)
    .setJti(jti)
    .setIssuedAt(now)
    .setExpirationTime(now + expiresIn)
    .sign(key === 'registered' ? keyOf() : otherKey);
};
const assertionForm = async (parts?: AssertionParts) => ({
  grant_type: 'client_credentials',
  client_id: sim.clients.certificate.clientId,
  client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
  client_assertion: await assertion(parts),
});
const secretForm = (secret = sim.clients.secret.clientSecret) => ({
  grant_type: 'client_credentials',
  client_id: sim.clients.secret.clientId,
  client_secret: secret,
  scope: 'dynamics.readwrite.all',
});

it.each([
  { name: 'the right secret', form: async () => secretForm() },
  { name: 'a valid client assertion', form: () => assertionForm() },
])('issues an opaque bearer token for $name', async ({ form }) => {
  const response = await post(await form());
  expect(response.status).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toEqual({
    access_token: expect.stringMatching(/^[\w-]{40,}$/),
    token_type: 'Bearer',
    expires_in: 1200,
    scope: expect.any(String),
  });
});

it.each([
  { name: 'a wrong secret', status: 401, error: 'invalid_client', form: async () => secretForm('wrong') },
  { name: 'an unknown client', status: 401, error: 'invalid_client', form: async () => ({ ...secretForm(), client_id: 'nobody' }) },
  {
    name: 'a secret for the certificate client',
    status: 401,
    error: 'invalid_client',
    form: async () => ({ ...secretForm(), client_id: sim.clients.certificate.clientId }),
  },
  { name: 'an assertion signed with another key', status: 401, error: 'invalid_client', form: () => assertionForm({ key: 'other' }) },
  {
    name: 'an assertion for another audience',
    status: 401,
    error: 'invalid_client',
    form: () => assertionForm({ aud: 'https://identity.avepointonlineservices.com/connect/token' }),
  },
  { name: 'an expired assertion', status: 401, error: 'invalid_client', form: () => assertionForm({ expiresIn: -60 }) },
  { name: 'an assertion issued by someone else', status: 401, error: 'invalid_client', form: () => assertionForm({ iss: 'someone-else' }) },
  { name: 'an assertion about someone else', status: 401, error: 'invalid_client', form: () => assertionForm({ sub: 'someone-else' }) },
  {
    name: 'another grant type',
    status: 400,
    error: 'unsupported_grant_type',
    form: async () => ({ ...secretForm(), grant_type: 'password' }),
  },
])('refuses $name with $status $error', async ({ form, status, error }) => {
  const response = await post(await form());
  expect(response.status).toBe(status);
  expect(await response.json()).toEqual({ error });
});

it('accepts a jti once only', async () => {
  const form = await assertionForm({ jti: 'once' });
  expect((await post(form)).status).toBe(200);
  expect((await post({ ...form, client_assertion: await assertion({ jti: 'once' }) })).status).toBe(401);
});

it('refuses a body that is not a form', async () => {
  const response = await post(secretForm(), 'application/json');
  expect(response.status).toBe(400);
});
