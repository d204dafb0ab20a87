import { createHash, createPrivateKey, randomUUID, X509Certificate, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { ConfigurationError } from '../shared/errors';

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** The certificate credential, parsed once. */
export interface CertificateCredential {
  privateKey: KeyObject;
  /** base64url SHA-1 thumbprint of the certificate (DER), for the `x5t` header. */
  thumbprint: string;
}

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;
const KEY_BLOCK = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/;

/** Reads PEM text holding the certificate and its private key; a missing or unreadable part is a configuration error. */
export function parseCertificateCredential(pem: string): CertificateCredential {
  const certificateText = CERTIFICATE_BLOCK.exec(pem)?.[0];
  const keyText = KEY_BLOCK.exec(pem)?.[0];
  if (!certificateText || !keyText) {
    throw new ConfigurationError('AVEPOINT_CLIENT_CERTIFICATE must hold a PEM certificate and its PEM private key');
  }
  try {
    const certificate = new X509Certificate(certificateText);
    const privateKey = createPrivateKey(keyText);
    return { privateKey, thumbprint: createHash('sha1').update(certificate.raw).digest('base64url') };
  } catch {
    throw new ConfigurationError('AVEPOINT_CLIENT_CERTIFICATE holds an unreadable certificate or private key');
  }
}

/** An RS256 client assertion (RFC 7523): iss = sub = client id, aud = token URL, unique jti, 5-minute life. */
export function createClientAssertion(
  credential: CertificateCredential,
  claims: { clientId: string; audience: string; nowMs: number },
): Promise<string> {
  const issuedAt = Math.floor(claims.nowMs / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', x5t: credential.thumbprint })
    .setIssuer(claims.clientId)
    .setSubject(claims.clientId)
    .setAudience(claims.audience)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(issuedAt + 300)
    .sign(credential.privateKey);
}
