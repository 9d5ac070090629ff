/** Inputs of the schedules.* and timebok.* calls; the timebok screens use the same schemas as form resolvers. */
import { z } from 'zod';
import { APPOINTMENT_TYPE_CODES, minutesOf } from '../rules/appointment-types';

export const RESOURCE_KINDS = ['lege', 'sykepleier', 'lab'] as const;
export const EXCEPTION_KINDS = ['ferie', 'kurs', 'sykdom', 'annet'] as const;
export const BOOKING_CHANNELS = ['telefon', 'skranke', 'sms', 'helsenorge'] as const;

// A real calendar date: 2026-02-31 is refused, not rolled over into March.
const isoDate = z.iso.date({ message: 'Skriv datoen som åååå-mm-dd' });
/** A local clock time in 5-minute steps, 'HH:MM'. */
const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Skriv klokkeslettet som tt:mm')
  .refine((t) => minutesOf(t) % 5 === 0, 'Klokkeslettet må gå opp i hele fem minutter');
const instant = z.iso.datetime({ message: 'Ugyldig tidspunkt' });
const id = z.uuid('Ugyldig id');

export const resourceSaveSchema = z
  .object({
    id: id.optional(),
    name: z.string().trim().min(1, 'Skriv et navn').max(100, 'Navnet er for langt'),
    kind: z.enum(RESOURCE_KINDS),
    userId: id.optional(),
    sortOrder: z.number().int().min(0).max(999).optional(),
    active: z.boolean().default(true),
  })
  .strict();
export type ResourceSave = z.output<typeof resourceSaveSchema>;

const urgentBlockSchema = z
  .object({ start: clock, end: clock })
  .strict()
  .refine((b) => minutesOf(b.start) < minutesOf(b.end), { message: 'Slutt må være etter start', path: ['end'] });

export const templateDaySchema = z
  .object({
    /** ISO weekday: 1 mandag … 7 søndag. */
    weekday: z.number().int().min(1).max(7),
    workStart: clock,
    workEnd: clock,
    lunchStart: clock.optional(),
    lunchEnd: clock.optional(),
    slotMinutes: z
      .number()
      .int()
      .min(5, 'Minst 5 minutter')
      .max(120, 'Høyst 120 minutter')
      .refine((m) => m % 5 === 0, 'Timelengden må gå opp i hele fem minutter'),
    urgentBlocks: z.array(urgentBlockSchema).max(20).default([]),
  })
  .strict()
  .superRefine((d, ctx) => {
    const start = minutesOf(d.workStart);
    const end = minutesOf(d.workEnd);
    if (end <= start)
      ctx.addIssue({ code: 'custom', path: ['workEnd'], message: 'Arbeidsdagen må slutte etter at den begynner' });
    if ((d.lunchStart === undefined) !== (d.lunchEnd === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['lunchEnd'], message: 'Oppgi både start og slutt på lunsjen' });
    } else if (d.lunchStart && d.lunchEnd) {
      const ls = minutesOf(d.lunchStart);
      const le = minutesOf(d.lunchEnd);
      if (le <= ls || ls < start || le > end) {
        ctx.addIssue({ code: 'custom', path: ['lunchStart'], message: 'Lunsjen må ligge innenfor arbeidsdagen' });
      }
    }
    for (const [i, b] of d.urgentBlocks.entries()) {
      if (minutesOf(b.start) < start || minutesOf(b.end) > end) {
        ctx.addIssue({
          code: 'custom',
          path: ['urgentBlocks', i, 'start'],
          message: 'Akutttimene må ligge innenfor arbeidsdagen',
        });
      }
    }
  });
export type TemplateDay = z.output<typeof templateDaySchema>;

/** The weekly template from validFrom on; weekdays left out are days off. */
export const scheduleSetWeekSchema = z
  .object({
    resourceId: id,
    validFrom: isoDate,
    days: z
      .array(templateDaySchema)
      .max(7)
      .refine((days) => new Set(days.map((d) => d.weekday)).size === days.length, 'En ukedag er med to ganger'),
  })
  .strict();
export type ScheduleSetWeek = z.output<typeof scheduleSetWeekSchema>;

export const resourceIdSchema = z.object({ resourceId: id }).strict();

/** Whole days from `from` to `to`, or part of a day when fromTime/toTime are given (first and last day). */
export const exceptionAddSchema = z
  .object({
    resourceId: id,
    kind: z.enum(EXCEPTION_KINDS),
    from: isoDate,
    to: isoDate,
    fromTime: clock.optional(),
    toTime: clock.optional(),
    note: z.string().trim().max(200, 'Merknaden er for lang').optional(),
  })
  .strict()
  .refine((e) => e.from <= e.to, { message: 'Sluttdatoen må være samme dag eller senere', path: ['to'] })
  .refine((e) => e.from !== e.to || !e.fromTime || !e.toTime || minutesOf(e.fromTime) < minutesOf(e.toTime), {
    message: 'Slutt må være etter start',
    path: ['toTime'],
  });
export type ExceptionAdd = z.output<typeof exceptionAddSchema>;

export const exceptionIdSchema = z.object({ exceptionId: id }).strict();

export const timebokDaySchema = z.object({ date: isoDate, resourceIds: z.array(id).max(30).optional() }).strict();
export type TimebokDayInput = z.output<typeof timebokDaySchema>;

export const timebokWeekSchema = z.object({ resourceId: id, date: isoDate }).strict();

export const bookSchema = z
  .object({
    patientId: z.uuid('Velg en pasient'),
    resourceId: id,
    appointmentType: z.enum(APPOINTMENT_TYPE_CODES),
    startsAt: instant,
    channel: z.enum(BOOKING_CHANNELS).default('telefon'),
    note: z.string().trim().max(200, 'Merknaden er for lang (høyst 200 tegn)').optional(),
  })
  .strict();
export type BookInput = z.output<typeof bookSchema>;

export const moveSchema = z
  .object({
    appointmentId: id,
    resourceId: id.optional(),
    startsAt: instant,
  })
  .strict();
export type MoveInput = z.output<typeof moveSchema>;

export const cancelSchema = z
  .object({
    appointmentId: id,
    reason: z.string().trim().min(2, 'Skriv hvorfor timen avlyses').max(200, 'Årsaken er for lang'),
  })
  .strict();
export type CancelInput = z.output<typeof cancelSchema>;

export const appointmentIdSchema = z.object({ appointmentId: id }).strict();

export const nextFreeSchema = z
  .object({
    resourceId: id,
    appointmentType: z.enum(APPOINTMENT_TYPE_CODES),
    from: isoDate,
    /** How many free times to return (the first is the next free one). */
    count: z.number().int().min(1).max(20).default(5),
  })
  .strict();
export type NextFreeInput = z.output<typeof nextFreeSchema>;

export const patientAppointmentsSchema = z.object({ patientId: z.uuid('Ugyldig pasient-id') }).strict();
