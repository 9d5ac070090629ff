/** The prescribing form as the screen holds it (strings while typing) and its way to a draft main can check. */
import type { DrugProductView, DrugSubstanceView } from '../../../../shared/api/drug-views';
import {
  hjemmelOfCode,
  type PrescriptionKind,
  type RefundCode,
  type RefundHjemmel,
} from '../../../../shared/rules/prescription-rules';
import { parseNorwegianDate } from '../../ui/format-date';
import { prescriptionDraftSchema, type PrescriptionDraft } from '../../../../shared/schemas/prescription.schema';

export type UsageCode = '' | '1' | '2' | '3';

/** The fixed times of the structured dosing grid (morgen–middag–ettermiddag–kveld), as clock times for the M1. */
export const DOSE_TIMES = [
  { key: 'morgen', label: 'Morgen', clock: '08:00' },
  { key: 'middag', label: 'Middag', clock: '12:00' },
  { key: 'ettermiddag', label: 'Ettermiddag', clock: '16:00' },
  { key: 'kveld', label: 'Kveld', clock: '20:00' },
] as const;
export type DoseTime = (typeof DOSE_TIMES)[number]['key'];

export interface PrescriptionFormState {
  drug: DrugProductView | null;
  packageId: string;
  /** Virkestoffordinering: the substance group instead of a product and package. */
  substance: DrugSubstanceView | null;
  /** The amount as packages, or as a treatment time in days (needs the structured doses). */
  amountMode: 'packages' | 'days';
  /** Structured dosing (optional beside DSSN): the amount at each time of day, as typed. */
  doses: Record<DoseTime, string>;
  doseUnit: string;
  dssn: string;
  usage: UsageCode;
  bruksomrade: string;
  packages: string;
  durationDays: string;
  reit: string;
  kind: PrescriptionKind;
  hjemmel: RefundHjemmel | '';
  /** "ICPC-2|T90" — the refusjonskode as the select holds it. */
  refundCode: string;
  /** The doctor touched the refund fields: the suggestion from the diagnoses no longer overwrites them. */
  refundTouched: boolean;
  locked: boolean;
  noSubstitution: boolean;
  expiresOn: string;
}

export const EMPTY_FORM: PrescriptionFormState = {
  drug: null,
  packageId: '',
  substance: null,
  amountMode: 'packages',
  doses: { morgen: '', middag: '', ettermiddag: '', kveld: '' },
  doseUnit: 'tablett',
  dssn: '',
  usage: '',
  bruksomrade: '',
  packages: '1',
  durationDays: '',
  reit: '0',
  kind: 'hvit',
  hjemmel: '',
  refundCode: '',
  refundTouched: false,
  locked: false,
  noSubstitution: false,
  expiresOn: '',
};

export function refundCodeKey(code: RefundCode): string {
  return `${code.system}|${code.code}`;
}

function parseRefundCode(key: string): { system: RefundCode['system']; code: string } | undefined {
  const [system, code] = key.split('|');
  if (!system || !code) return undefined;
  return { system: system as RefundCode['system'], code };
}

function whole(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

function amount(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value > 0 ? value : undefined;
}

/** The structured doses the grid holds (times with an amount), or undefined when none are filled in. */
export function structuredDoses(form: PrescriptionFormState): PrescriptionDraft['dosing'] {
  const doses = DOSE_TIMES.flatMap((t) => {
    const value = amount(form.doses[t.key]);
    return value === undefined ? [] : [{ time: t.clock, amount: value, unit: form.doseUnit.trim() || 'tablett' }];
  });
  return doses.length > 0 ? doses : undefined;
}

/**
 * The draft for prescriptions.check, or null while the form lacks what every prescription needs (a package or a
 * substance, dosing, an amount). The same schema main uses decides, so the screen never sends what main would
 * refuse to read.
 */
export function toDraft(patientId: string, form: PrescriptionFormState): PrescriptionDraft | null {
  const drugChosen = form.substance !== null || (form.drug !== null && form.packageId !== '');
  if (!drugChosen || !form.dssn.trim()) return null;
  const code = parseRefundCode(form.refundCode);
  const dosing = structuredDoses(form);
  const candidate = {
    patientId,
    ...(form.substance ? { substanceId: form.substance.id } : { packageId: form.packageId }),
    dssn: form.dssn.trim(),
    ...(dosing && { dosing }),
    ...(form.usage && { usage: form.usage }),
    ...(form.bruksomrade.trim() && { bruksomrade: form.bruksomrade.trim() }),
    ...(form.amountMode === 'days'
      ? { durationDays: whole(form.durationDays) ?? 0 }
      : { packages: whole(form.packages) ?? 0 }),
    reit: whole(form.reit) ?? -1,
    kind: form.kind,
    ...(form.kind === 'bla' && {
      refund: { ...(form.hjemmel && { hjemmel: form.hjemmel }), ...(form.hjemmel === '2' && code && { code }) },
    }),
    locked: form.locked,
    noSubstitution: form.noSubstitution,
    ...(form.expiresOn.trim() && { expiresOn: parseNorwegianDate(form.expiresOn) ?? form.expiresOn }),
  };
  const parsed = prescriptionDraftSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** Per-field messages for what keeps the draft from being checked, in the schema's Norwegian. */
export function draftProblems(form: PrescriptionFormState): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!form.drug && !form.substance) problems.drug = 'Velg et legemiddel';
  else if (form.drug && !form.packageId) problems.packageId = 'Velg en pakning';
  if (!form.dssn.trim()) problems.dssn = 'Skriv doseringen';
  if (form.amountMode === 'packages') {
    const packages = whole(form.packages);
    if (packages === undefined || packages < 1) problems.packages = 'Minst én pakning';
    else if (packages > 99) problems.packages = 'For mange pakninger';
  } else {
    const days = whole(form.durationDays);
    if (days === undefined || days < 1) problems.durationDays = 'Skriv behandlingstiden i hele dager';
    else if (days > 366) problems.durationDays = 'Behandlingstiden kan være høyst ett år';
    if (!structuredDoses(form)) problems.dosing = 'Behandlingstid krever strukturert dosering';
  }
  for (const t of DOSE_TIMES) {
    if (form.doses[t.key].trim() && amount(form.doses[t.key]) === undefined) problems[`dose-${t.key}`] = 'Et tall';
  }
  const reit = whole(form.reit);
  if (reit === undefined) problems.reit = 'Reit må være et helt tall, 0 eller mer';
  if (form.expiresOn.trim() && !parseNorwegianDate(form.expiresOn)) problems.expiresOn = 'Skriv datoen som dd.mm.åååå';
  return problems;
}

/**
 * The form with the blå resept fields filled from the catalogue (the hjemmel it gives; § 2 first) and the
 * refusjonskode main suggested from the patient's diagnoses, until the doctor changes those fields.
 */
export function withRefundDefaults(
  form: PrescriptionFormState,
  suggested: RefundCode | undefined,
): PrescriptionFormState {
  const chosen = form.drug ?? form.substance;
  if (form.kind !== 'bla' || form.refundTouched || !chosen) return form;
  if (suggested) return { ...form, hjemmel: '2', refundCode: refundCodeKey(suggested) };
  if (form.hjemmel) return form;
  const hjemler = chosen.refund.map((r) => hjemmelOfCode(r.hjemmelCode)).filter((h) => h !== undefined);
  const hjemmel = hjemler.includes('2') ? '2' : (hjemler[0] ?? '');
  return hjemmel === form.hjemmel ? form : { ...form, hjemmel };
}
