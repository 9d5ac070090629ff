/**
 * What the service checks in a Henvisning beyond the schema, each failure an AppRec error (8221) with a Norwegian
 * OT: the referring doctor identified by HPR-nummer (HIS 1207 §5.2.1; E20), the patient named and identified by a
 * valid fødselsnummer or D-nummer, or felles hjelpenummer with birth date and sex (HIS 80517 §3.1; E36/E31),
 * hastegrad from 8306 (HIS 80517 §4.18) and the problemstilling (HIS 1207 §5.2.1).
 */
import type { AppRecError } from '../../../electron/integrations/messages/apprec.types';
import { HASTEGRAD } from '../../../electron/integrations/messages/henvisning.codes';
import type { ParsedHenvisning } from '../../../electron/integrations/messages/henvisning.types';
import { checkIdentityNumber } from '../../../shared/rules/identity-number';

const HPR = /^\d{1,9}$/;

function doctorProblem(henvisning: ParsedHenvisning): AppRecError | undefined {
  const hpr = henvisning.sender.doctor?.hprNummer;
  if (hpr === undefined || !HPR.test(hpr)) {
    return {
      code: 'E20',
      originalText:
        'Henvisende leges HPR-nummer mangler (MsgHead Sender/Organisation/HealthcareProfessional eller ' +
        'Henvisning/AnsvarForRapport med Ident av type HPR).',
    };
  }
  return undefined;
}

function patientProblem(henvisning: ParsedHenvisning): AppRecError | undefined {
  const patient = henvisning.patient;
  if (!patient.familyName || !patient.givenName) {
    return { code: 'E32', originalText: 'Pasientens navn mangler (MsgHead MsgInfo/Patient).' };
  }
  const ident = patient.ident;
  if (!ident) return { code: 'E30', originalText: 'Pasientens fødselsnummer eller D-nummer mangler.' };
  if (ident.type === 'FNR' || ident.type === 'DNR') {
    const check = checkIdentityNumber(ident.id);
    if (!check.valid) return { code: 'E31', originalText: `${ident.type} ${ident.id}: ${check.message}.` };
    if (check.type === 'hnr') {
      return { code: 'E31', originalText: `${ident.id} er et H-nummer, ikke fødselsnummer eller D-nummer.` };
    }
    return undefined;
  }
  if (ident.type === 'FHN') {
    if (patient.dateOfBirth === undefined || patient.sex === undefined) {
      return { code: 'E36', originalText: 'Med felles hjelpenummer må pasientens fødselsdato og kjønn oppgis.' };
    }
    return undefined;
  }
  return {
    code: 'E36',
    originalText: `Pasienten er identifisert med ${ident.type}: bruk fødselsnummer, D-nummer eller felles hjelpenummer.`,
  };
}

/** The first rule a henvisning (ny or endring) breaks, or undefined. A cancellation needs only its reference. */
export function henvisningProblem(henvisning: ParsedHenvisning): AppRecError | undefined {
  if (henvisning.kind === 'annet') {
    return {
      code: 'X99',
      originalText: `Henvisning/ServType ${henvisning.serviceType} er ikke N (ny), M (endring) eller C (kansellering).`,
    };
  }
  const doctor = doctorProblem(henvisning);
  if (doctor) return doctor;
  const patient = patientProblem(henvisning);
  if (patient) return patient;
  if (henvisning.kind === 'annullering') return undefined;
  const hastegrad = henvisning.hastegrad?.code;
  if (hastegrad === undefined || hastegrad === '' || !(hastegrad in HASTEGRAD)) {
    return {
      code: 'X99',
      originalText: `Hastegrad mangler eller er ukjent (ReqServ/Priority fra kodeverk 8306, fikk "${hastegrad ?? ''}").`,
    };
  }
  if (!henvisning.problemstilling?.trim()) {
    return {
      code: 'X99',
      originalText: 'Aktuell problemstilling mangler (ReasonAsText med Heading PROB, HIS 1207 §5.2.1).',
    };
  }
  return undefined;
}
