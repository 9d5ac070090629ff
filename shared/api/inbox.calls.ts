/** The inbox calls and events of the contract; contract.ts gathers them into its registries. */
import { call, event } from './call-spec';
import { inboxDocumentIdSchema, inboxFileSchema, inboxListSchema, inboxMatchSchema } from '../schemas/inbox.schema';
import type { InboxDocumentView, InboxListView } from './inbox-views';

export const inboxCalls = {
  /** The documents that wait (or by filter), newest first, with counts per status. Lege only. */
  'inbox.list': call<InboxListView>()(inboxListSchema),
  /** One document, readable; the read is audited with its patient. */
  'inbox.open': call<InboxDocumentView>()(inboxDocumentIdSchema),
  /** Match an unmatched document to a patient by hand, with a reason (audited). */
  'inbox.match': call<InboxDocumentView>()(inboxMatchSchema),
  /** File into the journal as a signed entry that it was read; the document becomes 'arkivert'. */
  'inbox.file': call<InboxDocumentView>()(inboxFileSchema),
} as const;

export const inboxEvents = {
  /** Something in Innboks changed (a document arrived, was matched or filed); windows refetch. No patient data. */
  'inbox.changed': event<{ reason: string }>(),
} as const;
