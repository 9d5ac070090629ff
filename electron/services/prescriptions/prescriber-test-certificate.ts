/**
 * TEST certificates for prescribers. The real M1 carries the prescriber's personal signature from a qualified
 * certificate on a smart card or the clinic's HSM (R0908 §4.1.1); the private key never sits in the database.
 * Allmenn's demo clinic has neither, so each lege gets a self-signed test certificate with the HPR-nummer where
 * the simulated reseptformidler looks for it (prescriber-certificate.ts). The RSA key comes from node:crypto
 * (native, asynchronous so the main process is not blocked); node-forge writes the X.509 structure, which
 * node:crypto cannot — that is why node-forge is a runtime dependency.
 */
import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import type { Kysely, Transaction } from 'kysely';
import forge from 'node-forge';
import {
  findPrescriberCertificate,
  insertPrescriberCertificate,
} from '../../../db/repositories/prescriber-certificates.repository';
import type { Database } from '../../../db/schema';
import { hprSerialNumber } from '../../integrations/messages/prescriber-certificate';
import type { SigningKey } from '../../integrations/messages/xmldsig.signer';

const generateRsa = promisify(generateKeyPair);

/** Test certificates last ten years: long enough that a demo clinic never meets an expired one. */
const VALID_YEARS = 10;

export async function generatePrescriberTestCertificate(p: {
  hprNummer: string;
  name: string;
  clinicName: string;
  now: Date;
}): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateRsa('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey);
  certificate.serialNumber = `01${Date.now().toString(16)}`;
  certificate.validity.notBefore = new Date(p.now.getTime() - 24 * 3600_000);
  certificate.validity.notAfter = new Date(p.now.getTime() + VALID_YEARS * 365 * 24 * 3600_000);
  const subject: forge.pki.CertificateField[] = [
    { name: 'countryName', value: 'NO' },
    { name: 'organizationName', value: `${p.clinicName} (TESTSERTIFIKAT)` },
    { name: 'commonName', value: p.name },
    { name: 'serialNumber', value: hprSerialNumber(p.hprNummer) },
  ];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { privateKeyPem: privateKey, certificatePem: forge.pki.certificateToPem(certificate) };
}

export async function storePrescriberCertificate(
  db: Kysely<Database> | Transaction<Database>,
  userId: string,
  hprNummer: string,
  key: SigningKey,
  now: Date,
): Promise<void> {
  await insertPrescriberCertificate(db, {
    user_id: userId,
    hpr_number: hprNummer,
    certificate_pem: key.certificatePem,
    private_key_pem: key.privateKeyPem,
    created_at: now.toISOString(),
  });
}

/**
 * The prescriber's signing key, created on first use when the lege has none (users made before migration 0008,
 * or by seed-demo). Call outside a transaction: the key generation takes tens of milliseconds.
 */
export async function ensurePrescriberCertificate(
  db: Kysely<Database>,
  user: { id: string; hprNumber: string; name: string },
  clinicName: string,
  now: Date,
): Promise<void> {
  const existing = await findPrescriberCertificate(db, user.id);
  if (existing) return;
  const key = await generatePrescriberTestCertificate({
    hprNummer: user.hprNumber,
    name: user.name,
    clinicName,
    now,
  });
  await storePrescriberCertificate(db, user.id, user.hprNumber, key, now);
}
