import { z } from 'zod';
import { MEASUREMENT_KINDS, MEASUREMENTS, measurementRangeMessage } from '../rules/measurements';

export const CONTACT_TYPES = ['oppmote', 'telefon', 'video', 'e_konsultasjon', 'sykebesok', 'administrativ'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];
export const CONTACT_TYPE_LABELS: Record<ContactType, string> = {
  oppmote: 'Oppmøte',
  telefon: 'Telefon',
  video: 'Video',
  e_konsultasjon: 'Skriftlig e-konsultasjon',
  sykebesok: 'Sykebesøk',
  administrativ: 'Administrativ',
};

export const NOTE_STATUS_LABELS = {
  utkast: 'Utkast',
  signert: 'Signert',
  rettet: 'Rettet',
  feilregistrert: 'Feilregistrert',
  forkastet: 'Forkastet utkast',
} as const;

const text = (max: number) => z.string().max(max, 'Teksten er for lang');

export const noteFieldsSchema = z.object({
  reasonForContact: text(500),
  anamnese: text(50_000),
  funn: text(50_000),
  vurdering: text(50_000),
  tiltak: text(50_000),
});
export type NoteFields = z.infer<typeof noteFieldsSchema>;

export const diagnosisInputSchema = z.object({
  system: z.enum(['ICPC-2', 'ICD-10']),
  code: z.string().trim().toUpperCase().min(2).max(10),
  isMain: z.boolean(),
  /** Goes on the problem list ("kjente problemstillinger"). */
  isLasting: z.boolean().default(false),
});

export const measurementInputSchema = z
  .object({ kind: z.enum(MEASUREMENT_KINDS), value: z.number().finite() })
  .superRefine((m, ctx) => {
    const def = MEASUREMENTS[m.kind];
    if (m.value < def.min || m.value > def.max) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: measurementRangeMessage(m.kind) });
    }
  });

export const draftSchema = z
  .object({
    noteId: z.uuid(),
    versionId: z.uuid(),
    fields: noteFieldsSchema,
    diagnoses: z.array(diagnosisInputSchema).max(20, 'For mange diagnoser'),
    measurements: z.array(measurementInputSchema).max(40, 'For mange målinger'),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.diagnoses.filter((x) => x.isMain).length > 1) {
      ctx.addIssue({ code: 'custom', path: ['diagnoses'], message: 'Bare én hoveddiagnose' });
    }
    const sys = d.measurements.find((m) => m.kind === 'bt_sys')?.value;
    const dia = d.measurements.find((m) => m.kind === 'bt_dia')?.value;
    if (sys !== undefined && dia !== undefined && dia >= sys) {
      ctx.addIssue({ code: 'custom', path: ['measurements'], message: 'Diastolisk BT må være lavere enn systolisk' });
    }
  });
export type DraftInput = z.input<typeof draftSchema>;

export const startNoteSchema = z
  .object({
    patientId: z.uuid(),
    contactType: z.enum(CONTACT_TYPES, { message: 'Velg kontakttype' }),
    occurredAt: z.iso.datetime().optional(),
    appointmentId: z.uuid().optional(),
  })
  .strict();

export const noteRefSchema = z.object({ noteId: z.uuid() }).strict();
export const signSchema = z.object({ noteId: z.uuid(), versionId: z.uuid() }).strict();
export const reasonSchema = z
  .object({
    noteId: z.uuid(),
    reason: z.string().trim().min(3, 'Skriv en begrunnelse').max(1000, 'Teksten er for lang'),
  })
  .strict();

export const timelineSchema = z
  .object({
    patientId: z.uuid(),
    /** Opaque cursor from the previous page. */
    cursor: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(200).optional(),
    contactType: z.enum(CONTACT_TYPES).optional(),
    diagnosis: z.string().trim().toUpperCase().max(10).optional(),
    authorId: z.uuid().optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .strict();

export const journalSearchSchema = z
  .object({
    patientId: z.uuid(),
    query: z.string().trim().min(1).max(200),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict();

export const snippetSchema = z
  .object({
    keyword: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-zæøå0-9]{2,20}$/, 'Kortnavn: 2–20 bokstaver eller tall'),
    body: z.string().min(1, 'Skriv teksten').max(5000, 'Teksten er for lang'),
  })
  .strict();
