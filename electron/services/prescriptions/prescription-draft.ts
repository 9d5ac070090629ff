/**
 * Evaluates a prescription draft against the catalogue, the rules and the patient's record, inside the caller's
 * transaction and without writing anything: the same evaluation serves prescriptions.check and .issue, so what
 * the doctor was shown is what the service enforces.
 */
import type { Insertable, Transaction } from 'kysely';
import { latestCatalogueImport } from '../../../db/repositories/drug-catalogue.repository';
import {
  findPrescribablePackage,
  findPrescribableSubstance,
  productValidities,
  refundRulesInForce,
  type PrescribablePackage,
} from '../../../db/repositories/prescribing-catalogue.repository';
import { diagnosisCodesOfPatient } from '../../../db/repositories/prescriptions.repository';
import type { Database, PatientRow } from '../../../db/schema';
import type { PrescriptionTable } from '../../../db/schema-prescriptions';
import { ErrorCode } from '../../../shared/api/error-codes';
import {
  expiryFindings,
  HJEMMEL_CODE,
  hjemmelOfCode,
  maximumExpiry,
  prescriptionRuleFindings,
  suggestRefundCode,
  type Expiry,
  type RefundCode,
  type RefundCodeSystem,
  type RefundHjemmel,
  type RuleFinding,
} from '../../../shared/rules/prescription-rules';
import type { PrescriptionDraft } from '../../../shared/schemas/prescription.schema';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import { safetyFindings } from './safety-checks';

/** Diagnoses noted within this many days count for pre-filling a refusjonskode, besides the lasting ones. */
const RECENT_DIAGNOSIS_DAYS = 365;

const CODE_SYSTEMS: Readonly<Record<string, RefundCodeSystem>> = {
  'ICPC-2': 'ICPC-2',
  'ICD-10': 'ICD-10',
  'FEST-7434': '7434',
  'FEST-7435': '7435',
};

/** 3101 Kjønn as FEST's Reseptgyldighet gives it. */
const SEX_3101: Readonly<Record<string, string>> = { male: '1', female: '2' };

export interface Evaluation {
  patient: PatientRow;
  pkg: PrescribablePackage;
  findings: RuleFinding[];
  maxExpiry: Expiry;
  expiresOn: string;
  refund: { hjemler: RefundHjemmel[]; codes: RefundCode[]; suggestedCode?: RefundCode };
  festUpdatedAt: string;
  /** The prescription's content, ready to store (ids, status and state columns are the caller's). */
  content: Omit<
    Insertable<PrescriptionTable>,
    'id' | 'resept_id' | 'prescriber_id' | 'created_at' | 'signed_at' | 'status' | 'status_at' | 'reference_number'
  >;
}

export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

export async function evaluateDraft(
  trx: Transaction<Database>,
  draft: PrescriptionDraft,
  opts: { now: Date; exceptId?: string | undefined; renewedFromId?: string | undefined },
): Promise<Evaluation> {
  const day = today(opts.now);
  const patient = await requirePatient(trx, draft.patientId);
  // Forskrivning on varenummer (a package) or on virkestoff (a substance group; the pharmacy picks the product).
  const pkg = draft.substanceId
    ? await findPrescribableSubstance(trx, draft.substanceId)
    : await findPrescribablePackage(trx, draft.packageId ?? '');
  if (!pkg) {
    throw new ServiceError(
      ErrorCode.notFound,
      draft.substanceId
        ? 'Fant ikke virkestoffet i legemiddelkatalogen.'
        : 'Fant ikke pakningen i legemiddelkatalogen.',
      draft.substanceId ? { substanceId: 'Ukjent virkestoff' } : { packageId: 'Ukjent pakning' },
    );
  }
  const atcCode = pkg.atc_code ?? pkg.package_atc;
  const rules = await refundRulesInForce(
    trx,
    { packageId: pkg.package_id, productId: pkg.product_id, substanceId: pkg.substance_id },
    day,
  );
  const hjemler = [...new Set(rules.map((r) => hjemmelOfCode(r.hjemmel_code)).filter((h) => h !== undefined))];
  const codes: RefundCode[] = [];
  for (const r of rules) {
    const system = r.code_system ? CODE_SYSTEMS[r.code_system] : undefined;
    if (hjemmelOfCode(r.hjemmel_code) !== '2' || !r.code || !system) continue;
    if (codes.some((c) => c.system === system && c.code === r.code)) continue;
    codes.push({ system, code: r.code, ...(r.code_text ? { text: r.code_text } : {}) });
  }
  const diagnoses = await diagnosisCodesOfPatient(trx, patient.id, daysBefore(day, RECENT_DIAGNOSIS_DAYS));
  const suggestedCode = suggestRefundCode(
    codes,
    diagnoses.map((d) => ({ system: d.code_system, code: d.code })),
  );

  const validities = pkg.product_id ? await productValidities(trx, pkg.product_id) : [];
  const sex = SEX_3101[patient.sex];
  const validity = validities.find((v) => v.sex_code === sex) ?? validities.find((v) => v.sex_code === null);
  const maxExpiry = maximumExpiry({
    prescribedOn: day,
    atcCode,
    kind: draft.kind,
    catalogueDuration: validity?.duration,
  });

  const chosenCode = draft.refund?.code;
  const refundCode: RefundCode | undefined = chosenCode
    ? (codes.find((c) => c.system === chosenCode.system && c.code.toUpperCase() === chosenCode.code.toUpperCase()) ??
      chosenCode)
    : undefined;
  const findings: RuleFinding[] = [
    ...prescriptionRuleFindings({
      kind: draft.kind,
      reseptgruppe: pkg.package_reseptgruppe,
      atcCode,
      reit: draft.reit,
      locked: draft.locked,
      identityType: patient.identity_type,
      refund: draft.refund ? { hjemmel: draft.refund.hjemmel, code: refundCode } : undefined,
      catalogueHjemler: hjemler,
      catalogueCodes: codes,
    }),
    ...expiryFindings(draft.expiresOn, day, maxExpiry),
  ];
  if (pkg.deregistered_on !== null && pkg.deregistered_on <= day) {
    findings.push({
      id: 'regel:avregistrert',
      kind: 'regel',
      severity: 'stopp',
      field: 'packageId',
      message: 'Pakningen er avregistrert og kan ikke forskrives. Velg en annen pakning.',
    });
  }
  if (patient.status === 'dod' || patient.deceased_on !== null) {
    findings.push({
      id: 'regel:pasient-dod',
      kind: 'regel',
      severity: 'stopp',
      message: 'Pasienten er registrert som død. Resepten kan ikke sendes.',
    });
  }
  const drugName = pkg.name ?? pkg.package_name_form_strength;
  findings.push(
    ...(await safetyFindings(trx, {
      patientId: patient.id,
      drug: { name: drugName, atcCode },
      today: day,
      exceptId: opts.exceptId,
    })),
  );

  const isBla = draft.kind === 'bla';
  const hjemmel = isBla ? draft.refund?.hjemmel : undefined;
  const catalogueImport = await latestCatalogueImport(trx);
  return {
    patient,
    pkg,
    findings,
    maxExpiry,
    expiresOn: draft.expiresOn ?? maxExpiry.expiresOn,
    refund: { hjemler, codes, ...(suggestedCode ? { suggestedCode } : {}) },
    festUpdatedAt: (catalogueImport?.imported_at ?? opts.now.toISOString()).replace(/\.\d+Z$/, 'Z'),
    content: {
      patient_id: patient.id,
      rejection_reason: null,
      kind: draft.kind === 'bla' ? 'bla' : 'hvit',
      product_id: pkg.product_id,
      package_id: pkg.package_id,
      varenr: pkg.varenr,
      substance_id: pkg.substance_id,
      drug_name: drugName,
      name_form_strength: pkg.name_form_strength ?? pkg.package_name_form_strength,
      atc_code: atcCode,
      atc_text: pkg.atc_text,
      reseptgruppe: pkg.package_reseptgruppe,
      form_code: pkg.form_code,
      form_text: pkg.form_text,
      strength: pkg.strength,
      pack_size: pkg.pack_size,
      pack_unit: pkg.pack_unit,
      dssn: draft.dssn,
      dosing_json: draft.dosing ? JSON.stringify(draft.dosing) : null,
      usage_code: draft.usage ?? null,
      bruksomrade: draft.bruksomrade ?? null,
      packages: draft.packages ?? null,
      duration_days: draft.durationDays ?? null,
      reit: draft.reit,
      refund_hjemmel: hjemmel ? HJEMMEL_CODE[hjemmel] : null,
      refund_code_system: isBla && refundCode ? refundCode.system : null,
      refund_code: isBla && refundCode ? refundCode.code : null,
      refund_code_text: isBla && refundCode ? (refundCode.text ?? null) : null,
      locked: draft.locked ? 1 : 0,
      no_substitution: draft.noSubstitution ? 1 : 0,
      note_to_pharmacy: draft.noteToPharmacy ?? null,
      valid_from: day,
      expires_on: draft.expiresOn ?? maxExpiry.expiresOn,
      renewed_from_id: opts.renewedFromId ?? null,
      revoked_at: null,
      revoke_reason: null,
      revoke_requested_at: null,
      last_dispensed_at: null,
    },
  };
}
