import { createHash, X509Certificate } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, importX509, jwtVerify } from 'jose';
import { createClientAssertion, parseCertificateCredential } from '../../avepoint/clientAssertion';
import { ConfigurationError } from '../../shared/errors';
import { createSelfSignedCertificate, type SimCertificate } from '../../simulator/certificate';

let certificate: SimCertificate;
beforeAll(async () => {
  certificate = await createSelfSignedCertificate('assertion test');
});

const claims = { clientId: 'client-1', audience: 'https://identity.example/connect/token', nowMs: Date.parse('2026-11-28T12:00:00Z') };

it('is RS256, signed by the certificate key, with iss = sub = client id, aud = token URL and a 5-minute life', async () => {
  const assertion = await createClientAssertion(parseCertificateCredential(certificate.pem), claims);
  const key = await importX509(certificate.certificatePem, 'RS256');
  const { payload, protectedHeader } = await jwtVerify(assertion, key, { currentDate: new Date(claims.nowMs), audience: claims.audience });
  expect(protectedHeader.alg).toBe('RS256');
  expect(payload).toMatchObject({ iss: 'client-1', sub: 'client-1', aud: claims.audience, exp: payload.iat! + 300 });
});

it('carries the base64url SHA-1 thumbprint of the certificate as x5t', async () => {
  const assertion = await createClientAssertion(parseCertificateCredential(certificate.pem), claims);
  const expected = createHash('sha1').update(new X509Certificate(certificate.certificatePem).raw).digest('base64url');
  expect(decodeProtectedHeader(assertion).x5t).toBe(expected);
});

it('has a fresh jti every time', async () => {
  const credential = parseCertificateCredential(certificate.pem);
  const ids = await Promise.all([1, 2, 3].map(async () => decodeJwt(await createClientAssertion(credential, claims)).jti));
  expect(new Set(ids).size).toBe(3);
});

it.each([
  { name: 'empty', pem: () => '' },
  { name: 'certificate without key', pem: () => certificate.certificatePem },
  { name: 'key without certificate', pem: () => certificate.privateKeyPem },
  { name: 'damaged certificate', pem: () => certificate.pem.replace(/(BEGIN CERTIFICATE-----\s*)\S{20}/, '$1AAAAAAAAAAAAAAAAAAAA') },
])('PEM text that is $name is a configuration error', ({ pem }) => {
  expect(() => parseCertificateCredential(pem())).toThrow(ConfigurationError);
});
