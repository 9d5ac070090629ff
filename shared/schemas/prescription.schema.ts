/** Inputs of the prescriptions.* calls; the prescribing screen uses the same schemas as its form resolver. */
import { z } from 'zod';
import { REFUND_HJEMLER } from '../rules/prescription-rules';

export const PRESCRIPTION_KINDS = ['hvit', 'bla', 'h'] as const;
export const REFUND_CODE_SYSTEMS = ['ICPC-2', 'ICD-10', '7434', '7435'] as const;

/** One dose in the structured dosing (optional beside the DSSN text). */
const doseSchema = z
  .object({
    /** e.g. "morgen", "kveld", "08:00". */
    time: z.string().trim().min(1).max(20),
    amount: z.number().positive('Dosen må være mer enn 0').max(10_000),
    unit: z.string().trim().min(1).max(20),
  })
  .strict();

const overrideSchema = z
  .object({
    checkId: z.string().min(1).max(200),
    reason: z.string().trim().min(3, 'Skriv en begrunnelse').max(500, 'Begrunnelsen er for lang'),
  })
  .strict();

const draftFields = z
  .object({
    patientId: z.uuid('Ugyldig pasient-id'),
    /** The FEST package (Legemiddelpakning/Id) the doctor chose: forskrivning on varenummer. */
    packageId: z.string().min(1, 'Velg en pakning').max(100).optional(),
    /** Or the substance group (LegemiddelVirkestoff/Id): virkestoffordinering, the pharmacy picks the product. */
    substanceId: z.string().min(1, 'Velg et virkestoff').max(100).optional(),
    dssn: z.string().trim().min(1, 'Skriv doseringen').max(1000, 'Doseringsteksten er for lang'),
    dosing: z.array(doseSchema).max(24).optional(),
    /** 9101 Legemiddelbruk: 1 fast, 2 kur, 3 ved behov. */
    usage: z.enum(['1', '2', '3']).optional(),
    bruksomrade: z.string().trim().max(200, 'Bruksområdet er for langt').optional(),
    /** The amount, either as packages per dispensing or as a treatment time in days (with structured dosing). */
    packages: z.number().int().min(1, 'Minst én pakning').max(99, 'For mange pakninger').optional(),
    durationDays: z
      .number()
      .int()
      .min(1, 'Behandlingstiden må være minst én dag')
      .max(366, 'Behandlingstiden kan være høyst ett år')
      .optional(),
    reit: z.number().int().min(0, 'Reit kan ikke være negativ').max(99),
    kind: z.enum(PRESCRIPTION_KINDS),
    refund: z
      .object({
        hjemmel: z.enum(REFUND_HJEMLER).optional(),
        code: z
          .object({ system: z.enum(REFUND_CODE_SYSTEMS), code: z.string().trim().min(1).max(20) })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    locked: z.boolean().default(false),
    noSubstitution: z.boolean().default(false),
    /** Shorter than the longest validity, when the doctor wants that. */
    expiresOn: z.iso.date('Ugyldig dato').optional(),
    noteToPharmacy: z.string().trim().max(500, 'Merknaden er for lang').optional(),
  })
  .strict();

/**
 * One drug (package or substance) and one amount (packages or days). A duration reaches the pharmacy as the
 * structured dosing's start and end with the total amount (R0908 §4.3.4 Dosering, §4.2.4 Mengde), so it needs
 * structured doses; a substance has no package to count, so its amount is a duration.
 */
function checkDrugAndAmount(d: z.output<typeof draftFields>, ctx: z.RefinementCtx): void {
  if ((d.packageId === undefined) === (d.substanceId === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['packageId'], message: 'Velg enten en pakning eller et virkestoff' });
  }
  if ((d.packages === undefined) === (d.durationDays === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['packages'],
      message: 'Oppgi mengden enten som antall pakninger eller som behandlingstid i dager',
    });
  }
  if (d.substanceId !== undefined && d.durationDays === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['durationDays'],
      message: 'Ved forskrivning på virkestoff oppgis mengden som behandlingstid i dager',
    });
  }
  if (d.durationDays !== undefined && !d.dosing?.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['dosing'],
      message: 'Behandlingstid krever strukturert dosering, så apoteket kan regne ut mengden',
    });
  }
}

export const prescriptionDraftSchema = draftFields.superRefine(checkDrugAndAmount);
export type PrescriptionDraft = z.output<typeof prescriptionDraftSchema>;

export const prescriptionIssueSchema = draftFields
  .extend({ overrides: z.array(overrideSchema).max(50).default([]) })
  .superRefine(checkDrugAndAmount);
export type PrescriptionIssue = z.output<typeof prescriptionIssueSchema>;

export const prescriptionRenewSchema = z
  .object({
    prescriptionId: z.uuid('Ugyldig resept-id'),
    overrides: z.array(overrideSchema).max(50).default([]),
  })
  .strict();
export type PrescriptionRenew = z.output<typeof prescriptionRenewSchema>;

export const prescriptionRevokeSchema = z
  .object({
    prescriptionId: z.uuid('Ugyldig resept-id'),
    reason: z.string().trim().min(3, 'Skriv hvorfor resepten tilbakekalles').max(500, 'Begrunnelsen er for lang'),
  })
  .strict();
export type PrescriptionRevoke = z.output<typeof prescriptionRevokeSchema>;
