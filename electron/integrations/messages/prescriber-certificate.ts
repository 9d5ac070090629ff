/**
 * Where Allmenn's test certificates carry the prescriber's HPR-nummer: the subject's serialNumber attribute
 * (2.5.4.5) as "HPR-<nummer>". Real personal certificates (Buypass, Commfides) carry a person identifier instead,
 * and the reseptformidler finds the HPR-nummer in Helsepersonellregisteret; the simulator has no register, so the
 * app's generated certificates must follow this convention for the simulator to match signer and prescriber.
 */
import type { X509Certificate } from 'node:crypto';

export const HPR_SERIAL_PREFIX = 'HPR-';

/** The subject serialNumber value for a prescriber's test certificate. */
export function hprSerialNumber(hprNummer: string): string {
  return `${HPR_SERIAL_PREFIX}${hprNummer}`;
}

/** Node prints a subject as one "key=value" per line (OpenSSL short names, e.g. "serialNumber=HPR-565501872"). */
function subjectAttributes(certificate: X509Certificate): Array<[string, string]> {
  return certificate.subject
    .split('\n')
    .map((line): [string, string] => {
      const at = line.indexOf('=');
      return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)];
    })
    .filter(([key]) => key !== '');
}

/** The HPR-nummer in the certificate's subject, or undefined when it carries none. */
export function hprNummerOfCertificate(certificate: X509Certificate): string | undefined {
  for (const [key, value] of subjectAttributes(certificate)) {
    if (key === 'serialNumber' && value.startsWith(HPR_SERIAL_PREFIX)) {
      const hpr = value.slice(HPR_SERIAL_PREFIX.length);
      if (/^\d{1,9}$/.test(hpr)) return hpr;
    }
  }
  return undefined;
}
