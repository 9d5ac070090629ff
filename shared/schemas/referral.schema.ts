/**
 * Inputs of the referrals.* calls. A draft may be incomplete; `missingForSending` is the one rule for what a
 * referral must say before it is signed (Helsedirektoratet's henvisningsveileder; HIS 80517:2017 mandatory
 * classes; HIS 1207:2018 § 5.2.1 "Begrunnelse for henvisningen skal alltid være med"), used by the form and the
 * service alike.
 */
import { z } from 'zod';
import './zod-norwegian';

/** Kodeverk 8306 Hastegrad henvisning (volven). */
export const HASTEGRAD = {
  N: 'Ordinær',
  '3': 'Haster',
  '0': 'Øyeblikkelig hjelp',
  PK: 'Pakkeforløp for kreft',
} as const;
export type Hastegrad = keyof typeof HASTEGRAD;
export const HASTEGRAD_CODES = ['N', '3', '0', 'PK'] as const satisfies readonly Hastegrad[];

/** What the GP asks the specialist for (henvisningsveilederen: utredning, behandling, vurdering/råd). */
export const REFERRAL_PURPOSES = { utredning: 'Utredning', behandling: 'Behandling', vurdering: 'Vurdering' } as const;
export type ReferralPurpose = keyof typeof REFERRAL_PURPOSES;
export const REFERRAL_PURPOSE_CODES = ['utredning', 'behandling', 'vurdering'] as const;

const herId = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,8}$/, 'Ugyldig HER-id');
const text = (max: number, what: string) => z.string().trim().max(max, `${what} er for lang`).default('');

export const referralDiagnosisSchema = z
  .object({
    system: z.enum(['ICPC-2', 'ICD-10']),
    code: z.string().trim().toUpperCase().min(2, 'Ugyldig kode').max(10, 'Ugyldig kode'),
    text: z.string().trim().max(200).default(''),
  })
  .strict();
export type ReferralDiagnosis = z.output<typeof referralDiagnosisSchema>;

export const referralMedicineSchema = z
  .object({
    name: z.string().trim().min(1, 'Skriv legemidlet').max(300),
    dosing: z.string().trim().max(500).default(''),
    atc: z.string().trim().max(10).optional(),
  })
  .strict();

export const referralCaveSchema = z
  .object({
    text: z.string().trim().min(1).max(300),
    reaction: z.string().trim().max(300).default(''),
    severity: z.string().trim().max(50).default(''),
  })
  .strict();

export const referralNextOfKinSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    relation: z.string().trim().max(100).default(''),
    phone: z.string().trim().max(40).default(''),
  })
  .strict();

/** Everything the doctor writes or picks; absent fields are empty, so a draft can be saved at any point. */
export const referralContentSchema = z
  .object({
    recipientHerId: herId.optional(),
    hastegrad: z.enum(HASTEGRAD_CODES).optional(),
    /** Whether the specialist service is asked to assess the patient's right to necessary care (pbrl. § 2-2). */
    rightsAssessment: z.boolean().default(true),
    purpose: z.enum(REFERRAL_PURPOSE_CODES).optional(),
    /** Aktuell problemstilling (ReasonAsText, heading PROB). */
    problemstilling: text(4000, 'Problemstillingen'),
    /** What the specialist is asked to do or answer. */
    askedFor: text(2000, 'Spørsmålet'),
    /** The first is the main diagnosis. */
    diagnoses: z.array(referralDiagnosisSchema).max(10, 'Høyst ti diagnoser').default([]),
    history: text(20_000, 'Sykehistorien'),
    findings: text(20_000, 'Funnene'),
    medicines: z.array(referralMedicineSchema).max(60, 'For mange legemidler').default([]),
    cave: z.array(referralCaveSchema).max(40).default([]),
    criticalInfo: text(2000, 'Kritisk informasjon'),
    interpreter: z
      .object({ needed: z.boolean().default(false), language: z.string().trim().max(60).default('') })
      .strict()
      .default({ needed: false, language: '' }),
    nextOfKin: z.array(referralNextOfKinSchema).max(5).default([]),
    /** Who else should get the answer (the epikrise), by HER-id. */
    copyRecipients: z.array(herId).max(5, 'Høyst fem kopimottakere').default([]),
    /** Signed journal notes sent along as attachments. */
    attachmentNoteIds: z.array(z.uuid()).max(10, 'Høyst ti vedlegg').default([]),
  })
  .strict();
export type ReferralContent = z.output<typeof referralContentSchema>;
export type ReferralContentInput = z.input<typeof referralContentSchema>;

/** The fields a referral must have before it can be signed and sent, with the Norwegian message for each. */
export function missingForSending(c: ReferralContent): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!c.recipientHerId) missing.recipientHerId = 'Velg mottaker';
  if (!c.hastegrad) missing.hastegrad = 'Velg hastegrad';
  if (!c.purpose) missing.purpose = 'Velg hva henvisningen gjelder (utredning, behandling eller vurdering)';
  if (c.problemstilling.trim().length < 3) missing.problemstilling = 'Skriv problemstillingen';
  if (c.askedFor.trim().length < 3) missing.askedFor = 'Skriv hva du ønsker at mottakeren gjør';
  if (c.diagnoses.length === 0) missing.diagnoses = 'Legg til minst én diagnose';
  if (c.interpreter.needed && !c.interpreter.language.trim()) missing['interpreter.language'] = 'Skriv språket';
  if (c.recipientHerId && c.copyRecipients.includes(c.recipientHerId)) {
    missing.copyRecipients = 'Mottakeren kan ikke også være kopimottaker';
  }
  return missing;
}

export const referralComposeSchema = z.object({ patientId: z.uuid('Ugyldig pasient-id') }).strict();

export const referralSaveSchema = z
  .object({
    /** Absent: a new draft. */
    referralId: z.uuid('Ugyldig henvisnings-id').optional(),
    patientId: z.uuid('Ugyldig pasient-id'),
    content: referralContentSchema,
  })
  .strict();
export type ReferralSave = z.output<typeof referralSaveSchema>;

export const referralIdSchema = z.object({ referralId: z.uuid('Ugyldig henvisnings-id') }).strict();

export const referralChangeSchema = z
  .object({
    referralId: z.uuid('Ugyldig henvisnings-id'),
    content: referralContentSchema,
    reason: z.string().trim().min(3, 'Skriv hva som er endret').max(500, 'Begrunnelsen er for lang'),
  })
  .strict();
export type ReferralChange = z.output<typeof referralChangeSchema>;

export const referralCancelSchema = z
  .object({
    referralId: z.uuid('Ugyldig henvisnings-id'),
    reason: z.string().trim().min(3, 'Skriv hvorfor henvisningen trekkes tilbake').max(500, 'Begrunnelsen er for lang'),
  })
  .strict();
export type ReferralCancel = z.output<typeof referralCancelSchema>;

export const REFERRAL_LIST_FILTERS = ['alle', 'aktive', 'forsinket', 'utkast', 'avsluttet'] as const;
export type ReferralListFilter = (typeof REFERRAL_LIST_FILTERS)[number];

export const referralListSchema = z
  .object({
    filter: z.enum(REFERRAL_LIST_FILTERS).default('alle'),
    patientId: z.uuid().optional(),
    /** Only my own referrals (the author). */
    mine: z.boolean().default(false),
  })
  .strict();
export type ReferralListQuery = z.output<typeof referralListSchema>;

export const ADDRESS_SERVICE_KINDS = {
  sykehusavdeling: 'Sykehusavdeling',
  avtalespesialist: 'Avtalespesialist',
  dps: 'DPS',
  radiologi: 'Radiologi',
  laboratorium: 'Laboratorium',
  rehabilitering: 'Rehabilitering',
  annet: 'Annet',
} as const;
export type AddressServiceKindCode = keyof typeof ADDRESS_SERVICE_KINDS;
export const ADDRESS_SERVICE_KIND_CODES = Object.keys(ADDRESS_SERVICE_KINDS) as [
  AddressServiceKindCode,
  ...AddressServiceKindCode[],
];

export const recipientSearchSchema = z
  .object({
    query: z.string().trim().max(100).default(''),
    kind: z.enum(ADDRESS_SERVICE_KIND_CODES).optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict();
export type RecipientSearch = z.output<typeof recipientSearchSchema>;

export const registerImportSchema = z
  .object({
    fileName: z.string().max(260),
    contentBase64: z.base64('Filen kunne ikke leses').max(20_000_000, 'Filen er for stor'),
  })
  .strict();
