/**
 * The Innboks room against the fake: a lege walks the list with the keyboard, opens a document and reads it as text
 * (sections, diagnoses, medicines, the referral's frist), files it with Alt+G, matches an unmatched one to a patient
 * with a reason, and sees documents arrive without refreshing. A helsesekretær is refused.
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { addFakeInbox, FAKE_EPIKRISE_ID, FAKE_UNMATCHED_ID } from './support/fake-inbox';
import { fixtureId } from './support/fake-patient-fixtures';
import { renderApp } from './support/render-app';

afterEach(cleanup);

function options() {
  return screen.queryAllByRole('option');
}

function setup() {
  const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
  const inbox = addFakeInbox(fake);
  inbox.documents.push(
    inbox.document({ id: FAKE_EPIKRISE_ID }),
    inbox.document({
      id: FAKE_UNMATCHED_ID,
      kind: 'dialogmelding',
      kindLabel: 'Dialogmelding',
      title: 'Status på henvisning',
      standardVersion: 'Dialogmelding v1.1',
      status: 'uavklart',
      statusLabel: 'Uavklart',
      patient: null,
      patientInMessage: { name: 'Nordmann, Ola', ident: '12345678901', identType: 'FNR' },
      unmatchedReason: 'Fant ingen pasient med fødselsnummer 12345678901.',
      facts: { assessedAt: '2026-03-01', frist: '2026-04-15', appointmentAt: '2026-04-02T10:30', rightToCare: true },
      content: {
        title: 'Status på henvisning',
        sections: [{ heading: 'Innkalles til helsehjelp', text: 'Pasienten har rett til nødvendig helsehjelp.' }],
        diagnoses: [],
        medicines: [],
        assessment: null,
        author: 'May Jones',
      },
    }),
  );
  return { fake, inbox, ...renderApp(fake, '/innboks') };
}

describe('Innboks', () => {
  it('lists the queue first, walks with ↑/↓, opens with Enter and shows the document as text', async () => {
    const { user } = setup();
    await screen.findByRole('heading', { level: 1, name: 'Innboks' });
    await waitFor(() => expect(options()).toHaveLength(2));
    // The unmatched document is first: someone must pick its patient.
    expect(options()[0]!.textContent).toContain('Ukjent pasient: Nordmann, Ola');
    expect(options()[1]!.textContent).toContain('Nordmann, Kari');
    expect(screen.getByTestId('inbox-queue-notice').textContent).toMatch(/Ett dokument venter/);
    expect(screen.getByTestId('inbox-summary').textContent).toBe('1 til behandling · 1 uavklart · 0 ugyldig');

    screen.getByRole('listbox', { name: 'Dokumenter i innboksen' }).focus();
    await user.keyboard('{ArrowDown}{Enter}');
    const doc = await screen.findByRole('article');
    expect(within(doc).getByRole('heading', { name: 'Epikrise: Sykehusepikrise' })).toBeTruthy();
    expect(within(doc).getByText('Feber og slapphet i to uker.')).toBeTruthy();
    expect(within(doc).getByRole('region', { name: 'Diagnoser' }).textContent).toContain('I330Endokarditt');
    expect(within(doc).getByRole('region', { name: 'Legemidler' }).textContent).toContain(
      'Furix – 20 mg, 1 tabl. om morgenen',
    );
    expect(doc.textContent).not.toMatch(/<[A-Za-z]/);

    await user.keyboard('{ArrowUp}{Enter}');
    const status = await screen.findByRole('heading', { name: 'Dialogmelding: Status på henvisning' });
    const article = status.closest('article')!;
    const facts = within(article).getByRole('region', { name: 'Vurdering av henvisningen' });
    expect(facts.textContent).toContain('Frist for helsehjelp15.04.2026');
    expect(facts.textContent).toContain('Time02.04.2026 kl. 10:30');
    expect(within(article).getByText('Fant ingen pasient med fødselsnummer 12345678901.')).toBeTruthy();
  });

  it('files the open document with Alt+G: it leaves the active list and the journal is told', async () => {
    const { user, fake, inbox } = setup();
    await waitFor(() => expect(options()).toHaveLength(2));
    screen.getByRole('listbox').focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await screen.findByRole('heading', { name: 'Epikrise: Sykehusepikrise' });
    await user.keyboard('{Alt>}g{/Alt}');
    await waitFor(() =>
      expect(inbox.changes).toEqual([{ call: 'inbox.file', input: { documentId: FAKE_EPIKRISE_ID } }]),
    );
    await screen.findByText(/Epikrise er arkivert i journalen til Nordmann, Kari/);
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(fake.calls.filter((c) => c.call === 'inbox.file')).toHaveLength(1);
  });

  it('files with a comment from the button', async () => {
    const { user, inbox } = setup();
    await waitFor(() => expect(options()).toHaveLength(2));
    await user.click(options()[1]!);
    await user.type(
      await screen.findByRole('textbox', { name: 'Kommentar i journalen (valgfritt)' }),
      'Kontroll om 4 uker',
    );
    await user.click(screen.getByRole('button', { name: /Signer lest og arkiver/ }));
    await waitFor(() =>
      expect(inbox.changes).toEqual([
        { call: 'inbox.file', input: { documentId: FAKE_EPIKRISE_ID, comment: 'Kontroll om 4 uker' } },
      ]),
    );
  });

  it('matches an unmatched document to a patient by keyboard, with the reason', async () => {
    const { user, inbox } = setup();
    await waitFor(() => expect(options()).toHaveLength(2));
    // Focus marks the first document (the unmatched one); Enter opens it.
    screen.getByRole('listbox').focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Dialogmelding: Status på henvisning' });
    await user.keyboard('{Alt>}u{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Velg pasient for dokumentet' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Pasient' }));
    await user.keyboard('ola nordm');
    await within(dialog).findByRole('option', { name: /Nordmann, Ola/ });
    await user.keyboard('{ArrowDown}{Enter}');
    expect((await within(dialog).findByTestId('inbox-match-patient')).textContent).toContain('Ola Nordmann');
    await user.click(within(dialog).getByRole('button', { name: 'Knytt til pasienten' }));
    expect(await within(dialog).findByText('Skriv kort hvorfor dokumentet hører til denne pasienten')).toBeTruthy();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Hvorfor er dette riktig pasient?' }),
      'Bekreftet med sykehuset',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Knytt til pasienten' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inbox.changes).toEqual([
      {
        call: 'inbox.match',
        input: { documentId: FAKE_UNMATCHED_ID, patientId: fixtureId(2), reason: 'Bekreftet med sykehuset' },
      },
    ]);
    await waitFor(() =>
      expect(screen.getByTestId('inbox-summary').textContent).toBe('2 til behandling · 0 uavklart · 0 ugyldig'),
    );
  });

  it('shows a document that arrives while the room is open, without refreshing', async () => {
    const { inbox } = setup();
    await waitFor(() => expect(options()).toHaveLength(2));
    act(() => inbox.arrive(inbox.document({ id: fixtureId(803), title: 'Poliklinisk notat' })));
    await waitFor(() => expect(options()).toHaveLength(3));
  });

  it('refuses a helsesekretær', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    addFakeInbox(fake);
    renderApp(fake, '/innboks');
    expect(await screen.findByText(/Du har ikke tilgang til denne delen av Allmenn/)).toBeTruthy();
    expect(fake.calls.filter((c) => c.call.startsWith('inbox.'))).toHaveLength(0);
  });
});
