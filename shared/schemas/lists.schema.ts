import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv datoen som åååå-mm-dd');

export const setCeilingSchema = z
  .object({
    doctorId: z.uuid(),
    listCeiling: z.number().int().min(0, 'Listetaket kan ikke være negativt').max(5000, 'Listetaket er urimelig høyt'),
  })
  .strict();
export const assignToListSchema = z.object({ patientId: z.uuid(), doctorId: z.uuid(), fromDate: date }).strict();
export const removeFromListSchema = z.object({ patientId: z.uuid(), toDate: date }).strict();
export const listChangesSchema = z.object({ since: date, doctorId: z.uuid().optional() }).strict();
export const doctorIdSchema = z.object({ doctorId: z.uuid() }).strict();
export const waitingListAddSchema = z.object({ patientId: z.uuid(), doctorId: z.uuid() }).strict();
export const waitingListCloseSchema = z.object({ entryId: z.uuid(), outcome: z.enum(['tildelt', 'trukket']) }).strict();
export const waitingListGrantSchema = z.object({ entryId: z.uuid(), fromDate: date }).strict();
