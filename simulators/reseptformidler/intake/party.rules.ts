/**
 * RF's rules about who is in a message, beyond the schema. The prescriber must be identified by HPR-nummer
 * (R0908 §4.1.1, R1208 §4.1.1, R1908 §4.1.1, HIS 3003:2018 §6.1). A patient must be identified by name and
 * fødselsnummer or D-nummer, or else by name, birth date and sex on a låst resept with a referansenummer
 * (R0908 §4.1.1 and §4.2.1; HIS 80415 §3.3.4 E36 for a patient not sufficiently identified).
 */
import type { AppRecError } from '../../../electron/integrations/messages/apprec.types';
import type { ParsedMsgHead } from '../../../electron/integrations/messages/msghead.types';
import { checkIdentityNumber } from '../../../shared/rules/identity-number';

/** HPR-numre are plain numbers of up to 9 digits; official examples write them with leading zeros. */
const HPR = /^\d{1,9}$/;

export function prescriberProblem(head: ParsedMsgHead): AppRecError | undefined {
  const hpr = head.sender.professional?.hprNummer;
  if (hpr === undefined || !HPR.test(hpr)) {
    return {
      code: 'E20',
      originalText:
        'Rekvirentens HPR-nummer mangler (MsgHead Sender/Organisation/HealthcareProfessional/Ident med type HPR).',
    };
  }
  return undefined;
}

/** The patient's FNR or DNR when the message gives a valid one; Test Norge numbers count as fødselsnummer. */
export function nationalIdentOf(head: ParsedMsgHead): { id: string; type: 'FNR' | 'DNR' } | undefined {
  const ident = head.patient?.ident;
  if (!ident || (ident.type !== 'FNR' && ident.type !== 'DNR')) return undefined;
  const check = checkIdentityNumber(ident.id);
  return check.valid && check.type !== 'hnr' ? { id: ident.id, type: ident.type } : undefined;
}

export function patientProblem(head: ParsedMsgHead, lockedWithRefNr: boolean): AppRecError | undefined {
  const patient = head.patient;
  if (!patient || !patient.familyName || !patient.givenName) {
    return { code: 'E36', originalText: 'Pasientens navn mangler (MsgHead MsgInfo/Patient).' };
  }
  const ident = patient.ident;
  if (ident && (ident.type === 'FNR' || ident.type === 'DNR')) {
    const check = checkIdentityNumber(ident.id);
    if (!check.valid) return { code: 'E31', originalText: `${ident.type} ${ident.id}: ${check.message}.` };
    if (check.type === 'hnr') {
      return { code: 'E31', originalText: `${ident.id} er et H-nummer, ikke fødselsnummer eller D-nummer.` };
    }
    if (ident.type === 'DNR' && patient.dateOfBirth === undefined) {
      return { code: 'E36', originalText: 'Med D-nummer skal pasientens fødselsdato også oppgis (R0908 §4.1.1).' };
    }
    return undefined;
  }
  if (!lockedWithRefNr) {
    return {
      code: 'E36',
      originalText: 'Pasienten har verken fødselsnummer eller D-nummer: resepten må da være låst med referansenummer.',
    };
  }
  if (patient.dateOfBirth === undefined || patient.sex === undefined) {
    return { code: 'E36', originalText: 'Uten fødselsnummer må pasientens fødselsdato og kjønn oppgis.' };
  }
  return undefined;
}
