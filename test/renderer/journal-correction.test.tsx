import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS, type FakeAllmenn } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const KARI = fixtureId(1);

async function openSignedNote(loggedInAs = FIXTURE_USERS.lege) {
  const fake = createFakeAllmenn({ loggedInAs });
  const noteId = fake.journal.addNote({
    patientId: KARI,
    occurredAt: '2026-02-10T10:00:00.000Z',
    fields: { reasonForContact: 'Hoste', anamnese: 'Feber til 38,5.', vurdering: 'Viral luftveisinfeksjon.' },
  });
  const view = renderApp(fake, `/pasienter/${KARI}/journal/${noteId}`);
  const note = await screen.findByTestId('note-view');
  await waitFor(() => expect(document.activeElement?.textContent).toBe('Oppmøte 10.02.2026, 11:00'));
  return { fake, noteId, note, ...view };
}

function callsOf(fake: FakeAllmenn, name: string) {
  return fake.calls.filter((c) => c.call === name);
}

describe('correcting a signed note', () => {
  it('asks for a reason and refuses to start without one', async () => {
    const { fake, user } = await openSignedNote();
    await user.keyboard('{Alt>}r{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Rett notat' });
    const reason = within(dialog).getByLabelText(/Begrunnelse/);
    await waitFor(() => expect(document.activeElement).toBe(reason));

    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await within(dialog).findByText('Skriv en begrunnelse')).toBeTruthy();
    await user.type(reason, '  ');
    await user.click(within(dialog).getByRole('button', { name: 'Start retting (Ctrl+Enter)' }));
    expect(await within(dialog).findByText('Skriv en begrunnelse')).toBeTruthy();
    expect(callsOf(fake, 'journal.startCorrection')).toHaveLength(0);
  });

  it('writes the correction as a new version; after signing, the old text stays visible with reason, author and time', async () => {
    const { fake, noteId, user } = await openSignedNote();
    await user.keyboard('{Alt>}r{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Rett notat' });
    await user.type(within(dialog).getByLabelText(/Begrunnelse/), 'Feil temperatur: målt 39,5.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const editor = await screen.findByTestId('note-editor');
    expect(callsOf(fake, 'journal.startCorrection').map((c) => c.input)).toEqual([
      { noteId, reason: 'Feil temperatur: målt 39,5.' },
    ]);
    expect(editor.textContent).toContain('Begrunnelse: «Feil temperatur: målt 39,5.»');
    const anamnese = within(editor).getByLabelText<HTMLTextAreaElement>('Anamnese (S)');
    expect(anamnese.value).toBe('Feber til 38,5.');
    await user.clear(anamnese);
    await user.type(anamnese, 'Feber til 39,5.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const note = await screen.findByTestId('note-view');
    expect(within(note).getByTestId('note-status').textContent).toBe('Rettet');
    expect(note.textContent).toContain('Feber til 39,5.');
    const versions = within(note).getAllByTestId('note-version');
    expect(versions).toHaveLength(2);
    expect(versions[0]?.textContent).toContain('Versjon 2: Retting');
    expect(versions[0]?.textContent).toContain('Skrevet av Ola Lege');
    expect(versions[0]?.textContent).toContain('Begrunnelse: «Feil temperatur: målt 39,5.»');
    expect(versions[1]?.textContent).toContain('Versjon 1: Opprinnelig');
    expect(versions[1]?.textContent).toContain('Erstattet');
    expect(versions[1]?.textContent).toContain('Signert 10.02.2026, 11:00 av Ola Lege.');
    expect(versions[1]?.textContent).toContain('Feber til 38,5.');
    await waitFor(() => expect(screen.getByTestId('timeline-entry').textContent).toContain('Rettet'));
  });

  it('marks a note feilregistrert with a required reason, clearly, and keeps its text', async () => {
    const { fake, noteId, note, user } = await openSignedNote();
    await user.click(within(note).getByRole('button', { name: 'Feilregistrer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Feilregistrer notat' });
    await user.click(within(dialog).getByRole('button', { name: 'Feilregistrer (Ctrl+Enter)' }));
    expect(await within(dialog).findByText('Skriv en begrunnelse')).toBeTruthy();
    expect(callsOf(fake, 'journal.markEnteredInError')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/Begrunnelse/), 'Skrevet i feil pasient.');
    await user.click(within(dialog).getByRole('button', { name: 'Feilregistrer (Ctrl+Enter)' }));
    const marked = await within(screen.getByTestId('note-view')).findByTestId('entered-in-error');
    expect(marked.textContent).toContain('Feilregistrert.');
    expect(marked.textContent).toContain('Begrunnelse: «Skrevet i feil pasient.»');
    expect(within(screen.getByTestId('note-view')).getByTestId('note-status').textContent).toBe('Feilregistrert');
    expect(screen.getByTestId('note-view').textContent).toContain('Viral luftveisinfeksjon.');
    expect(callsOf(fake, 'journal.markEnteredInError').map((c) => c.input)).toEqual([
      { noteId, reason: 'Skrevet i feil pasient.' },
    ]);
    // No correcting a note entered in error.
    expect(screen.queryByRole('button', { name: 'Rett notat (Alt+R)' })).toBeNull();
  });
});

describe('drafts offered back and roles', () => {
  it('lists the doctor’s unsigned draft after login with a way to carry on with it', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    const noteId = fake.journal.addNote({
      patientId: KARI,
      authorId: 'u-lege',
      fields: { reasonForContact: 'Svimmelhet', anamnese: 'Startet i går' },
      draft: true,
    });
    const { user } = renderApp(fake, '/pasienter');
    const offer = await screen.findByTestId('my-drafts');
    expect(offer.textContent).toMatch(/Du har et usignert utkast for Kari Nordmann, sist lagret \d{2}\.\d{2}\.\d{4}/);
    await user.click(within(offer).getByRole('button', { name: 'Fortsett utkastet for Kari Nordmann' }));
    const editor = await screen.findByTestId('note-editor');
    expect(within(editor).getByLabelText<HTMLTextAreaElement>('Anamnese (S)').value).toBe('Startet i går');
    // The cursor is where the typing stopped: the end of the last field with text.
    await waitFor(() => expect(document.activeElement).toBe(within(editor).getByLabelText('Anamnese (S)')));
    expect(screen.queryByTestId('my-drafts')).toBeNull();
    expect(fake.calls.find((c) => c.call === 'journal.note')?.input).toEqual({ noteId });
  });

  it('shows another doctor’s draft read-only, and reception no journal at all', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    const noteId = fake.journal.addNote({
      patientId: KARI,
      authorId: 'u-lege2',
      authorName: 'Per Lege',
      fields: { reasonForContact: 'Sår hals' },
      draft: true,
    });
    renderApp(fake, `/pasienter/${KARI}/journal/${noteId}`);
    const note = await screen.findByTestId('note-view');
    expect(note.textContent).toContain('Et utkast skrives av Per Lege');
    expect(screen.queryByTestId('note-editor')).toBeNull();
    cleanup();

    const reception = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    renderApp(reception, `/pasienter/${KARI}`);
    const card = await screen.findByTestId('patient-journal');
    expect(card.textContent).toContain('Journalnotater er bare tilgjengelige for leger.');
    expect(reception.calls.some((c) => c.call.startsWith('journal.'))).toBe(false);
  });
});
