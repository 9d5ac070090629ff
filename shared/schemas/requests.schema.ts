/** Inputs of the requests.* calls (patient requests, SMS consent and set-up); the Henvendelser page uses them too. */
import { z } from 'zod';

/** What patients send through Helsenorge-like channels (DOMAIN.md, "Reception and appointments"). */
export const HELSENORGE_REQUEST_KINDS = ['timebestilling', 'fornye_resept', 'kontakt', 'vaksine'] as const;
export const REQUEST_KINDS = [...HELSENORGE_REQUEST_KINDS, 'sms_timebestilling'] as const;
export type RequestKindCode = (typeof REQUEST_KINDS)[number];

export const REQUEST_KIND_LABELS: Record<RequestKindCode, string> = {
  timebestilling: 'Timebestilling',
  fornye_resept: 'Fornye resept',
  kontakt: 'Kontakt legekontoret',
  vaksine: 'Vaksine',
  sms_timebestilling: 'SMS-timebestilling',
};

/**
 * Kinds whose content is clinical: only clinicians read the message, reception sees that it exists and for whom.
 * A vaksine request is a wish for an appointment (like a timebestilling), so reception handles it.
 */
export const CLINICAL_REQUEST_KINDS: readonly RequestKindCode[] = ['fornye_resept'];

export const REQUEST_STATUSES = ['open', 'closed'] as const;
export const REQUEST_STATUS_LABELS = { open: 'Åpen', closed: 'Besvart' } as const;

const text = (max: number, required: string) =>
  z.string().trim().min(1, required).max(max, `Teksten er for lang (høyst ${max} tegn)`);

const phone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s-]{8,20}$/, 'Skriv et mobilnummer med minst 8 siffer');

/** A simulated Helsenorge message arriving (tests and the demo; the real intake is a national service). */
export const requestReceiveSchema = z
  .object({
    kind: z.enum(HELSENORGE_REQUEST_KINDS),
    patientId: z.uuid('Ugyldig pasient-id'),
    message: text(2000, 'Meldingen er tom'),
    subject: z.string().trim().max(200).optional(),
    /** fornye_resept: the prescription the patient asks to renew. */
    prescriptionId: z.uuid('Ugyldig resept-id').optional(),
    /** Helsenorge's id for the message; a resent message with the same id is kept once. */
    externalId: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((r) => r.kind !== 'fornye_resept' || r.prescriptionId !== undefined, {
    message: 'Velg resepten som skal fornyes',
    path: ['prescriptionId'],
  });
export type RequestReceive = z.output<typeof requestReceiveSchema>;

export const requestListSchema = z
  .object({
    status: z.enum(REQUEST_STATUSES).optional(),
    kind: z.enum(REQUEST_KINDS).optional(),
    /** Only those routed to me (a doctor's fornye-resept requests). */
    mine: z.boolean().optional(),
  })
  .strict();
export type RequestList = z.output<typeof requestListSchema>;

export const requestIdSchema = z.object({ requestId: z.uuid('Ugyldig henvendelse') }).strict();

export const requestAnswerSchema = z
  .object({
    requestId: z.uuid('Ugyldig henvendelse'),
    answer: text(2000, 'Skriv et svar'),
    /** An SMS request: the appointment booked for it, named (time and place only) in the confirmation SMS. */
    appointmentId: z.uuid('Ugyldig time').optional(),
  })
  .strict();
export type RequestAnswer = z.output<typeof requestAnswerSchema>;

export const requestMatchSchema = z
  .object({ requestId: z.uuid('Ugyldig henvendelse'), patientId: z.uuid('Velg en pasient') })
  .strict();

export const smsConsentSchema = z
  .object({
    patientId: z.uuid('Ugyldig pasient-id'),
    smsReminders: z.boolean(),
    /** Left out: the number already on record, or the patient's mobile number in the register. */
    phone: phone.optional(),
  })
  .strict();
export type SmsConsentInput = z.output<typeof smsConsentSchema>;

export const smsSettingsSchema = z
  .object({
    /** The word patients start a booking SMS with (e.g. HAUGESUND); one word. */
    keyword: z
      .string()
      .trim()
      .max(30, 'Nøkkelordet er for langt')
      .regex(/^[\p{L}\d]*$/u, 'Nøkkelordet er ett ord uten mellomrom'),
    /** Where the clinic is, as a reminder names it (e.g. "Strandgata 12, Haugesund"). */
    place: z.string().trim().max(100, 'Stedet er for langt'),
  })
  .strict();
export type SmsSettingsInput = z.output<typeof smsSettingsSchema>;
