/** The prescribing form as the screen holds it (strings while typing) and its way to a draft main can check. */
import type { DrugProductView } from '../../../../shared/api/drug-views';
import {
  hjemmelOfCode,
  type PrescriptionKind,
  type RefundCode,
  type RefundHjemmel,
} from '../../../../shared/rules/prescription-rules';
import { parseNorwegianDate } from '../../ui/format-date';
import { prescriptionDraftSchema, type PrescriptionDraft } from '../../../../shared/schemas/prescription.schema';

export type UsageCode = '' | '1' | '2' | '3';

export interface PrescriptionFormState {
  drug: DrugProductView | null;
  packageId: string;
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

/**
 * The draft for prescriptions.check, or null while the form lacks what every prescription needs (drug, package,
 * dosing, amount). The same schema main uses decides, so the screen never sends what main would refuse to read.
 */
export function toDraft(patientId: string, form: PrescriptionFormState): PrescriptionDraft | null {
  if (!form.drug || !form.packageId || !form.dssn.trim()) return null;
  const durationDays = whole(form.durationDays);
  const code = parseRefundCode(form.refundCode);
  const candidate = {
    patientId,
    packageId: form.packageId,
    dssn: form.dssn.trim(),
    ...(form.usage && { usage: form.usage }),
    ...(form.bruksomrade.trim() && { bruksomrade: form.bruksomrade.trim() }),
    packages: whole(form.packages) ?? 0,
    ...(durationDays !== undefined && { durationDays }),
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
  if (!form.drug) problems.drug = 'Velg et legemiddel';
  else if (!form.packageId) problems.packageId = 'Velg en pakning';
  if (!form.dssn.trim()) problems.dssn = 'Skriv doseringen';
  const packages = whole(form.packages);
  if (packages === undefined || packages < 1) problems.packages = 'Minst én pakning';
  else if (packages > 99) problems.packages = 'For mange pakninger';
  const reit = whole(form.reit);
  if (reit === undefined) problems.reit = 'Reit må være et helt tall, 0 eller mer';
  if (form.expiresOn.trim() && !parseNorwegianDate(form.expiresOn)) problems.expiresOn = 'Skriv datoen som dd.mm.åååå';
  if (form.durationDays.trim() && whole(form.durationDays) === undefined) problems.durationDays = 'Antall dager';
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
  if (form.kind !== 'bla' || form.refundTouched || !form.drug) return form;
  if (suggested) return { ...form, hjemmel: '2', refundCode: refundCodeKey(suggested) };
  if (form.hjemmel) return form;
  const hjemler = form.drug.refund.map((r) => hjemmelOfCode(r.hjemmelCode)).filter((h) => h !== undefined);
  const hjemmel = hjemler.includes('2') ? '2' : (hjemler[0] ?? '');
  return hjemmel === form.hjemmel ? form : { ...form, hjemmel };
}
