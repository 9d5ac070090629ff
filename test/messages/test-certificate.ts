/**
 * Self-signed test certificates for a fictional prescriber, with the HPR-nummer where Allmenn's convention puts
 * it (prescriber-certificate.ts). The RSA key comes from node:crypto (fast, native); node-forge only writes the
 * X.509 structure, which node:crypto cannot.
 */
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { hprSerialNumber } from '../../electron/integrations/messages/prescriber-certificate';
import type { SigningKey } from '../../electron/integrations/messages/xmldsig.signer';

export interface TestCertificateOptions {
  hprNummer?: string;
  commonName?: string;
  validFrom?: Date;
  validTo?: Date;
}

export function createTestCertificate(options: TestCertificateOptions = {}): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey);
  certificate.serialNumber = '01';
  certificate.validity.notBefore = options.validFrom ?? new Date(Date.now() - 24 * 3600_000);
  certificate.validity.notAfter = options.validTo ?? new Date(Date.now() + 365 * 24 * 3600_000);
  const subject: forge.pki.CertificateField[] = [
    { name: 'countryName', value: 'NO' },
    { name: 'organizationName', value: 'Fjordheim legesenter' },
    { name: 'commonName', value: options.commonName ?? 'Kari Øvre Aasen' },
  ];
  if (options.hprNummer !== undefined)
    subject.push({ name: 'serialNumber', value: hprSerialNumber(options.hprNummer) });
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { privateKeyPem: privateKey, certificatePem: forge.pki.certificateToPem(certificate) };
}
