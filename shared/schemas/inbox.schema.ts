/** Input schemas of the inbox calls; messages in Norwegian for the person who typed them. */
import { z } from 'zod';

const id = z.uuid('Ugyldig id');

export const INBOX_FILTERS = ['aktive', 'uavklart', 'til_behandling', 'arkivert', 'ugyldig', 'alle'] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

export const inboxListSchema = z
  .object({
    /** 'aktive' = what waits for someone: uavklart, til_behandling and ugyldig. */
    filter: z.enum(INBOX_FILTERS).default('aktive'),
    patientId: z.uuid('Ugyldig pasient-id').optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export type InboxListInput = z.input<typeof inboxListSchema>;

export const inboxDocumentIdSchema = z.object({ documentId: id }).strict();
export type InboxDocumentId = z.infer<typeof inboxDocumentIdSchema>;

export const inboxMatchSchema = z
  .object({
    documentId: id,
    patientId: z.uuid('Velg en pasient'),
    /** Why this patient: kept in the audit log, because a wrong match puts a document in a stranger's journal. */
    reason: z.string().trim().min(3, 'Skriv kort hvorfor dokumentet hører til denne pasienten').max(500),
  })
  .strict();
export type InboxMatch = z.infer<typeof inboxMatchSchema>;

export const inboxFileSchema = z
  .object({
    documentId: id,
    /** The clinician's own short note in the journal entry (optional). */
    comment: z.string().trim().max(2000).optional(),
  })
  .strict();
export type InboxFile = z.infer<typeof inboxFileSchema>;
