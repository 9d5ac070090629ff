import { z } from 'zod';
import { lookupPostnummer } from '../reference/postnummer';
import { checkIdentityNumber } from '../rules/identity-number';

export const SEXES = ['female', 'male', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, string> = { female: 'Kvinne', male: 'Mann', unknown: 'Ukjent' };

export const PATIENT_STATUSES = ['aktiv', 'flyttet', 'dod'] as const;
export type PatientStatus = (typeof PATIENT_STATUSES)[number];
export const PATIENT_STATUS_LABELS: Record<PatientStatus | 'sammenslaatt', string> = {
  aktiv: 'Aktiv',
  flyttet: 'Flyttet',
  dod: 'Død',
  sammenslaatt: 'Slått sammen',
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv datoen som åååå-mm-dd');
const optionalText = (max: number, message = 'Teksten er for lang') =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : undefined));

export const identityNumberSchema = z
  .string()
  .transform((v) => v.replace(/\s/g, ''))
  .superRefine((value, ctx) => {
    const check = checkIdentityNumber(value);
    if (!check.valid) ctx.addIssue({ code: 'custom', message: check.message });
  });

const phoneSchema = optionalText(30).refine(
  (v) => v === undefined || /^\+?[\d\s-]{5,20}$/.test(v),
  'Telefonnummeret kan bare ha siffer, mellomrom, bindestrek og + først',
);

/** Register or edit a patient. Without an identity number the clinic gives an H-nummer, and then birth date and sex are required. */
export const patientInputSchema = z
  .object({
    identityNumber: identityNumberSchema.optional().or(z.literal('').transform(() => undefined)),
    givenName: z.string().trim().min(1, 'Skriv fornavn').max(100, 'Fornavnet er for langt'),
    middleName: optionalText(100),
    familyName: z.string().trim().min(1, 'Skriv etternavn').max(100, 'Etternavnet er for langt'),
    birthDate: isoDate.optional().or(z.literal('').transform(() => undefined)),
    sex: z.enum(SEXES).optional(),
    addressLine: optionalText(200),
    postalCode: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || lookupPostnummer(v) !== undefined, 'Ukjent postnummer'),
    mobilePhone: phoneSchema,
    otherPhone: phoneSchema,
    email: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || z.email().safeParse(v).success, 'Ugyldig e-postadresse'),
    preferredLanguage: optionalText(50),
    interpreterNeeded: z.boolean().default(false),
    smsConsent: z.boolean().default(false),
    status: z.enum(PATIENT_STATUSES).default('aktiv'),
    deceasedOn: isoDate.optional().or(z.literal('').transform(() => undefined)),
  })
  .superRefine((p, ctx) => {
    if (!p.identityNumber) {
      if (!p.birthDate) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'Fødselsdato må fylles ut' });
      if (!p.sex) ctx.addIssue({ code: 'custom', path: ['sex'], message: 'Velg kjønn' });
    }
    if (p.status === 'dod' && !p.deceasedOn) {
      ctx.addIssue({ code: 'custom', path: ['deceasedOn'], message: 'Skriv dødsdato' });
    }
  });
export type PatientInput = z.input<typeof patientInputSchema>;
export type PatientData = z.output<typeof patientInputSchema>;

export const patientIdSchema = z.object({ patientId: z.uuid('Ugyldig pasient-id') }).strict();

export const patientSearchSchema = z
  .object({ query: z.string().max(100, 'Søket er for langt'), limit: z.number().int().min(1).max(200).optional() })
  .strict();

export const RELATION_KINDS = ['next_of_kin', 'guardian'] as const;
export const relationInputSchema = z
  .object({
    patientId: z.uuid(),
    kind: z.enum(RELATION_KINDS),
    relatedPatientId: z.uuid().optional(),
    name: optionalText(200),
    relation: optionalText(50),
    phone: phoneSchema,
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'guardian' && !r.relatedPatientId) {
      ctx.addIssue({ code: 'custom', path: ['relatedPatientId'], message: 'Velg foresatt blant pasientene' });
    }
    if (!r.relatedPatientId && !r.name) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Skriv navn' });
    }
  });
export type RelationInput = z.input<typeof relationInputSchema>;
