/**
 * The signature rule. M1 and M5 carry the prescriber's personal signature (R0908 §4.1.1, R1208 §4.1.1). Until
 * Allmenn signs, unsigned messages are accepted unless `requireSignature` is on; a signature that is present is
 * always checked: it must verify (S01), its certificate must be valid now and name an HPR-nummer (S02), and for
 * M1 and M5 that HPR-nummer must be the prescriber's in MsgHead (S99) — RF must know who signed.
 */
import type { AppRecError } from '../../../electron/integrations/messages/apprec.types';
import type { ParsedMsgHead } from '../../../electron/integrations/messages/msghead.types';
import { hprNummerOfCertificate } from '../../../electron/integrations/messages/prescriber-certificate';
import { verifyMsgHeadSignature } from '../../../electron/integrations/messages/xmldsig.verifier';

const SIGNED_BY_PRESCRIBER: readonly string[] = ['ERM1', 'ERM5'];

export function signatureProblem(
  xml: string,
  head: ParsedMsgHead,
  now: Date,
  requireSignature: boolean,
): AppRecError | undefined {
  const bySigner = SIGNED_BY_PRESCRIBER.includes(head.type.code);
  const check = verifyMsgHeadSignature(xml, now);
  if (check.status === 'unsigned') {
    return requireSignature && bySigner
      ? { code: 'S01', originalText: 'Meldingen er ikke signert med rekvirentens personlige sertifikat.' }
      : undefined;
  }
  if (check.status === 'invalid') {
    return { code: check.problem === 'signature' ? 'S01' : 'S02', originalText: check.message };
  }
  const signer = hprNummerOfCertificate(check.certificate);
  if (signer === undefined) {
    return { code: 'S02', originalText: 'Sertifikatet i signaturen har ikke HPR-nummer.' };
  }
  const prescriber = head.sender.professional?.hprNummer;
  if (bySigner && prescriber !== undefined && signer !== prescriber) {
    return {
      code: 'S99',
      originalText: `Meldingen er signert av HPR-nummer ${signer}, men rekvirenten er HPR-nummer ${prescriber}.`,
    };
  }
  return undefined;
}
