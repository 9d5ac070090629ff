/**
 * The messages a prescription sends, built from what we store: M1 (R0908) and M5 (R1208), signed with the
 * prescriber's certificate, and M4.1 (R1908). The receiver is the reseptformidler, HER-id 80624 with the name and
 * organisasjonsnummer of the official R0908 example messages (the simulator answers to the same).
 */
import type { ClinicRow, PatientRow, UserRow } from '../../../db/schema';
import type { PrescriptionRow } from '../../../db/schema-prescriptions';
import type {
  ArsakTilbakekallingCode,
  RefusjonshjemmelCode,
  Reseptgruppe,
} from '../../integrations/messages/code-lists';
import { RESEPTGRUPPE } from '../../integrations/messages/code-lists';
import { buildM1Message } from '../../integrations/messages/m1.builder';
import type {
  PrescribedDrug,
  Prescription,
  RefusjonskodeSystem,
  StructuredDosing,
} from '../../integrations/messages/m1.types';
import { buildM41Message } from '../../integrations/messages/m41.builder';
import { buildM5Message } from '../../integrations/messages/m5.builder';
import type { MsgHeadInput, MsgHeadPatient, Party } from '../../integrations/messages/msghead.types';
import { signMsgHead, type SigningKey } from '../../integrations/messages/xmldsig.signer';

export const RESEPTFORMIDLEREN: Party = { name: 'Reseptformidleren', herId: '80624', organisationNumber: '915933149' };

type Envelope = Omit<MsgHeadInput, 'type'>;

/** Code list 7452 Enhet for pakning: the display names of the units FEST uses most. */
const PACK_UNITS: Readonly<Record<string, string>> = {
  stk: 'stykk',
  ml: 'milliliter',
  g: 'gram',
  dose: 'dose',
};

const SEX_CODES: Readonly<Record<string, '0' | '1' | '2'>> = { female: '2', male: '1' };

function splitName(displayName: string): { givenName: string; familyName: string } {
  const parts = displayName.trim().split(/\s+/);
  const familyName = parts.length > 1 ? (parts.pop() ?? displayName) : displayName;
  return { givenName: parts.join(' ') || displayName, familyName };
}

/**
 * The patient as national messages may show them: FNR (fødselsnummer and Test Norge numbers), DNR with the birth
 * date, FHN for a felles hjelpenummer; a clinic's own H-nummer never leaves the clinic (DOMAIN.md), so such a
 * patient goes with name, birth date and sex only (R0908 §4.1.1).
 */
export function messagePatient(patient: PatientRow): MsgHeadPatient {
  const base: MsgHeadPatient = {
    familyName: patient.family_name,
    givenName: patient.given_name,
    ...(patient.middle_name ? { middleName: patient.middle_name } : {}),
    ...(patient.postal_code
      ? {
          address: {
            type: 'H' as const,
            ...(patient.address_line ? { streetAddress: patient.address_line } : {}),
            postalCode: patient.postal_code,
            ...(patient.city ? { city: patient.city } : {}),
          },
        }
      : {}),
  };
  const withBirth = { dateOfBirth: patient.birth_date, sex: SEX_CODES[patient.sex] ?? '0' };
  switch (patient.identity_type) {
    case 'fnr':
    case 'tnr':
      return { ...base, ident: { id: patient.identity_number, type: 'FNR' } };
    case 'dnr':
      return { ...base, ident: { id: patient.identity_number, type: 'DNR' }, dateOfBirth: patient.birth_date };
    case 'hnr':
      return { ...base, ident: { id: patient.identity_number, type: 'FHN' }, ...withBirth };
    default:
      return { ...base, ...withBirth };
  }
}

export function envelopeFor(p: {
  msgId: string;
  genDate: string;
  clinic: ClinicRow;
  prescriber: UserRow;
  patient?: PatientRow;
}): Envelope {
  const sender: Party = {
    name: p.clinic.name,
    herId: p.clinic.her_id,
    organisationNumber: p.clinic.organisation_number,
    professional: { hprNummer: p.prescriber.hpr_number ?? '', ...splitName(p.prescriber.display_name) },
  };
  return {
    msgId: p.msgId,
    genDate: p.genDate,
    sender,
    receiver: RESEPTFORMIDLEREN,
    ...(p.patient ? { patient: messagePatient(p.patient) } : {}),
  };
}

/** Structured doses as stored (prescription.schema.ts dosing): time, amount and unit. */
interface StoredDose {
  time: string;
  amount: number;
  unit: string;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Dose units that are also 7452 package units; a tablet, capsule or other piece counts as stk. */
const MEASURED_UNITS = new Set(['ml', 'g', 'dose']);

function totalUnit(doseUnit: string): string {
  const unit = doseUnit.trim().toLowerCase();
  if (unit === 'doser') return 'dose';
  return MEASURED_UNITS.has(unit) ? unit : 'stk';
}

/**
 * Structured dosing for the M1, and with a treatment time the total amount (Mengde, R0908 §4.2.4: "oppgis hvis det
 * ikke er spesifisert mengde andre steder"): every dose once a day, from the prescribing day for `days` days.
 */
export function m1Dosing(row: Pick<PrescriptionRow, 'dosing_json' | 'duration_days' | 'valid_from'>): {
  dosing?: StructuredDosing;
  quantity?: { value: number; unit: string };
} {
  const doses = row.dosing_json ? (JSON.parse(row.dosing_json) as StoredDose[]) : [];
  if (doses.length === 0) return {};
  const days = row.duration_days;
  const dosing: StructuredDosing = {
    ...(days ? { start: row.valid_from, end: addDays(row.valid_from, days - 1) } : {}),
    doses: doses.map((d) => ({
      amount: d.amount,
      unit: d.unit,
      ...(/^\d{2}:\d{2}$/.test(d.time) ? { clock: d.time } : {}),
    })),
  };
  if (!days) return { dosing };
  const perDay = doses.reduce((sum, d) => sum + d.amount, 0);
  return { dosing, quantity: { value: Math.ceil(perDay * days), unit: totalUnit(doses[0]?.unit ?? 'stk') } };
}

function m1Drug(row: PrescriptionRow): PrescribedDrug {
  const reseptgruppe = (row.reseptgruppe in RESEPTGRUPPE ? row.reseptgruppe : 'C') as Reseptgruppe;
  const common = {
    navnFormStyrke: row.name_form_strength,
    reseptgruppe,
    ...(row.atc_code ? { atc: { code: row.atc_code, displayName: row.atc_text ?? row.atc_code } } : {}),
    ...(row.form_code ? { legemiddelform: { code: row.form_code, displayName: row.form_text ?? row.form_code } } : {}),
  };
  // Virkestoffordinering: LegemiddelVirkestoff with its FEST id; the pharmacy chooses the product.
  if (row.package_id === null && row.substance_id !== null) {
    return { kind: 'substance', festId: row.substance_id, ...common };
  }
  const unit = row.pack_unit ?? 'stk';
  return {
    kind: 'package',
    varenr: row.varenr ?? '',
    ...common,
    varenavn: row.drug_name,
    packageSize: row.pack_size ?? '1',
    packageUnit: { code: unit, displayName: PACK_UNITS[unit] ?? unit },
  };
}

/** The M1 content of a stored prescription. */
export function m1Content(row: PrescriptionRow, festUpdatedAt: string): Prescription {
  const { dosing, quantity } = m1Dosing(row);
  return {
    prescribedOn: row.valid_from,
    expiresOn: row.expires_on,
    drug: m1Drug(row),
    ...(dosing ? { dosing } : {}),
    ...(quantity && row.packages === null ? { quantity } : {}),
    dosingText: row.dssn,
    ...(row.usage_code ? { usage: row.usage_code as '1' | '2' | '3' } : {}),
    ...(row.bruksomrade ? { indication: row.bruksomrade } : {}),
    ...(row.packages !== null ? { numberOfPackages: row.packages } : {}),
    reit: row.reit,
    ...(row.refund_hjemmel
      ? {
          refund: {
            hjemmel: row.refund_hjemmel as RefusjonshjemmelCode,
            ...(row.refund_code && row.refund_code_system
              ? {
                  code: {
                    system: row.refund_code_system as RefusjonskodeSystem,
                    code: row.refund_code,
                    displayName: row.refund_code_text ?? row.refund_code,
                  },
                }
              : {}),
          },
        }
      : {}),
    locked: row.locked === 1,
    ...(row.reference_number ? { referansenummer: row.reference_number } : {}),
    noGenericSubstitution: row.no_substitution === 1,
    ...(row.note_to_pharmacy ? { note: row.note_to_pharmacy } : {}),
    festUpdatedAt,
  };
}

export function signedM1(envelope: Envelope, row: PrescriptionRow, festUpdatedAt: string, key: SigningKey): string {
  return signMsgHead(buildM1Message({ envelope, prescription: m1Content(row, festUpdatedAt) }), key);
}

export function signedM5(
  envelope: Envelope,
  revocation: { reseptId: string; reason: ArsakTilbakekallingCode; note?: string },
  key: SigningKey,
): string {
  return signMsgHead(buildM5Message({ envelope, revocation }), key);
}

/** M4.1 asks RF for `count` referansenumre; it names the doctor but no patient (R1908 §4.1.1). */
export function m41(envelope: Omit<Envelope, 'patient'>, count: number): string {
  return buildM41Message({ envelope, count });
}
