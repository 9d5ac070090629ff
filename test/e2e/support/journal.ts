/**
 * Journal data for end-to-end tests, written through the services as a logged-in doctor would (not through the UI),
 * for tests about reading or refusing a journal rather than writing it. Fictional text.
 */
import { expect, type Page } from '@playwright/test';
import type { Backend } from '../../../electron/backend';
import type { ServiceContext } from '../../../electron/services/context';
import type { NoteDetail } from '../../../shared/api/views';
import { draftSchema } from '../../../shared/schemas/journal.schema';
import { STAFF } from './clinic';

export function legeContext(legeId: string, now = new Date()): ServiceContext {
  return { user: { id: legeId, name: STAFF.lege.displayName }, role: 'lege', workstation: 'e2e-pc', now };
}

/** A signed oppmøte note with the given text in every field it names. */
export async function seedSignedNote(
  backend: Backend,
  legeId: string,
  patientId: string,
  fields: { reasonForContact: string; vurdering?: string },
): Promise<NoteDetail> {
  const ctx = legeContext(legeId);
  const started = await backend.services.journal.start(ctx, { patientId, contactType: 'oppmote' });
  await backend.services.journal.saveDraft(
    ctx,
    draftSchema.parse({
      noteId: started.id,
      versionId: started.current.id,
      fields: { anamnese: '', funn: '', vurdering: '', tiltak: '', ...fields },
      diagnoses: [],
      measurements: [],
    }),
  );
  return backend.services.journal.sign(ctx, { noteId: started.id, versionId: started.current.id });
}

/** Waits until the editor says main has the draft (no change waiting). */
export async function expectSaved(page: Page): Promise<void> {
  const status = page.getByTestId('autosave-status');
  await expect(status).toHaveAttribute('data-state', 'saved');
  await expect(status).toHaveText(/^Lagret \d{2}:\d{2}:\d{2}$/);
}
