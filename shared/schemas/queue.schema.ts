/** Inputs of the queue.* calls (the venterom); the reception's dialogs use the same schemas as form resolvers. */
import { z } from 'zod';

export const TRIAGE_LEVELS = ['akutt', 'haster', 'vanlig'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** Administrative only: the reception writes "sjansetime" or "time i dag", never symptoms or findings. */
const adminReason = z.string().trim().max(200, 'Teksten er for lang (høyst 200 tegn)');

export const queueTodaySchema = z
  .object({
    /** One doctor's queue: their booked patients and the drop-ins for anyone or for them. Omitted: everyone. */
    doctorId: z.uuid('Ugyldig lege').optional(),
    /** The logged-in doctor's own queue (main knows who that is). */
    mine: z.boolean().optional(),
  })
  .strict();
export type QueueTodayInput = z.output<typeof queueTodaySchema>;

export const queueExpectedSchema = z
  .object({ query: z.string().trim().max(100, 'Søket er for langt').default('') })
  .strict();
export type QueueExpectedInput = z.output<typeof queueExpectedSchema>;

export const registerArrivalSchema = z.object({ appointmentId: z.uuid('Velg en time') }).strict();
export type RegisterArrivalInput = z.output<typeof registerArrivalSchema>;

export const addDropInSchema = z
  .object({
    patientId: z.uuid('Velg en pasient'),
    triage: z.enum(TRIAGE_LEVELS, { message: 'Velg hastegrad' }),
    reason: adminReason.optional(),
    /** The doctor the patient prefers; omitted = the first free doctor. */
    doctorId: z.uuid('Ugyldig lege').optional(),
  })
  .strict();
export type AddDropInInput = z.output<typeof addDropInSchema>;

export const changeTriageSchema = z
  .object({
    entryId: z.uuid(),
    triage: z.enum(TRIAGE_LEVELS, { message: 'Velg hastegrad' }),
    /** Why the urgency changed (administrative words), kept in the entry's history. */
    reason: z.string().trim().min(3, 'Skriv hvorfor hastegraden endres').max(200, 'Teksten er for lang'),
  })
  .strict();
export type ChangeTriageInput = z.output<typeof changeTriageSchema>;

export const queueEntryRefSchema = z.object({ entryId: z.uuid() }).strict();
export type QueueEntryRef = z.output<typeof queueEntryRefSchema>;

export const markLeftSchema = z.object({ entryId: z.uuid(), reason: adminReason.optional() }).strict();
export type MarkLeftInput = z.output<typeof markLeftSchema>;
