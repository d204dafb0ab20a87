import { generate } from 'selfsigned';

/** A self-signed certificate and its private key, both PEM, concatenated as AVEPOINT_CLIENT_CERTIFICATE expects. */
export interface SimCertificate {
  certificatePem: string;
  privateKeyPem: string;
  /** Certificate followed by private key. */
  pem: string;
}

/** Generates a fresh RSA-2048 self-signed certificate (about a quarter of a second). */
export async function createSelfSignedCertificate(commonName: string): Promise<SimCertificate> {
  const generated = await generate([{ name: 'commonName', value: commonName }], { keySize: 2048, algorithm: 'sha256' });
  return { certificatePem: generated.cert, privateKeyPem: generated.private, pem: `${generated.cert}\n${generated.private}` };
}
