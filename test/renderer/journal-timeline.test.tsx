import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { highlightSegments } from '../../renderer/src/features/journal/search/highlight-segments';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const KARI = fixtureId(1);

function timelineCalls(fake: ReturnType<typeof createFakeAllmenn>) {
  return fake.calls
    .filter((c) => c.call === 'journal.timeline')
    .map((c) => c.input as { cursor?: string; limit?: number });
}

async function openJournal(seed: (fake: ReturnType<typeof createFakeAllmenn>) => void) {
  const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
  seed(fake);
  const view = renderApp(fake, `/pasienter/${KARI}/journal`);
  const search = await screen.findByLabelText('Søk i journalen');
  await waitFor(() => expect(document.activeElement).toBe(search));
  return { fake, search, ...view };
}

describe('journal timeline', () => {
  it('shows the newest notes first with date, type, author, status, diagnosis and text, and only a window of them', async () => {
    await openJournal((fake) => {
      fake.journal.seedNotes(KARI, 120);
      fake.journal.addNote({
        patientId: KARI,
        occurredAt: '2026-03-02T08:30:00.000Z',
        fields: { reasonForContact: 'Vondt i halsen', vurdering: 'Trolig viral faryngitt.' },
        diagnoses: [
          { system: 'ICPC-2', code: 'R74', title: 'Akutt øvre luftveisinfeksjon', isMain: true, isLasting: false },
        ],
      });
    });
    const list = screen.getByRole('listbox', { name: 'Journalnotater, nyeste først' });
    const options = await within(list).findAllByRole('option');
    expect(options[0]?.textContent).toContain('02.03.2026, 09:30');
    expect(options[0]?.textContent).toContain('Oppmøte');
    expect(options[0]?.textContent).toContain('Ola Lege');
    expect(options[0]?.textContent).toContain('Signert');
    expect(options[0]?.textContent).toContain('R74 Akutt øvre luftveisinfeksjon');
    expect(options[0]?.textContent).toContain('Vondt i halsen – Trolig viral faryngitt.');
    expect(options[1]?.textContent).toContain('Kontroll nr. 1');
    expect(options[1]?.textContent).toContain('Uten diagnose');
    // A page of 50 is loaded, a window of it drawn.
    expect(options[0]?.getAttribute('aria-setsize')).toBe('50');
    expect(options.length).toBeLessThan(25);
    expect(screen.getByTestId('journal-list-status').textContent).toBe('50+ notater');
  });

  it('asks for the next page with the cursor as the end of the list comes into view', async () => {
    const { fake, user } = await openJournal((f) => f.journal.seedNotes(KARI, 120));
    await screen.findAllByRole('option');
    expect(timelineCalls(fake)).toEqual([{ patientId: KARI, limit: 50 }]);

    // Page Down walks the list from the search box; the list scrolls along and the next page comes.
    for (let i = 0; i < 5; i++) await user.keyboard('{PageDown}');
    await waitFor(() => expect(timelineCalls(fake).map((c) => c.cursor)).toContain('50'));
    await waitFor(() => expect(screen.getByTestId('journal-list-status').textContent).toBe('100+ notater'));
    const active = screen.getByRole('option', { selected: true });
    expect(active.textContent).toContain('Kontroll nr. 50');

    for (let i = 0; i < 5; i++) await user.keyboard('{PageDown}');
    await waitFor(() => expect(timelineCalls(fake).map((c) => c.cursor)).toContain('100'));
    await waitFor(() => expect(screen.getByTestId('journal-list-status').textContent).toBe('120 notater'));
    expect(timelineCalls(fake)).toHaveLength(3);
  });

  it('opens the marked note with Enter, with its text, signature and the problem list beside it', async () => {
    const { user } = await openJournal((fake) =>
      fake.journal.addNote({
        patientId: KARI,
        occurredAt: '2026-02-10T10:00:00.000Z',
        fields: { reasonForContact: 'Kontroll blodtrykk', vurdering: 'Velregulert.' },
        diagnoses: [
          { system: 'ICPC-2', code: 'K86', title: 'Hypertensjon ukomplisert', isMain: true, isLasting: true },
        ],
      }),
    );
    await screen.findAllByRole('option');
    await user.keyboard('{ArrowDown}{Enter}');
    const note = await screen.findByTestId('note-view');
    expect(note.textContent).toContain('Kontroll blodtrykk');
    expect(within(note).getByTestId('note-status').textContent).toBe('Signert');
    expect(within(note).getByTestId('note-signature').textContent).toBe('Signert 10.02.2026, 11:00 av Ola Lege.');
    expect(within(note).queryAllByRole('textbox')).toHaveLength(0);
    await waitFor(() =>
      expect(screen.getByTestId('problem-list').textContent).toContain('K86 Hypertensjon ukomplisert'),
    );
    expect(screen.getByTestId('problem-list').textContent).toContain('ICPC-2, siden 10.02.2026');
    expect(screen.getByTestId('journal-cave').textContent).toContain('Fenoksymetylpenicillin');
  });
});

describe('journal search', () => {
  it('marks every hit in the excerpt with <mark>, from the ranges main sends', async () => {
    const { user, fake } = await openJournal((f) => {
      f.journal.addNote({
        patientId: KARI,
        fields: { reasonForContact: 'Hoste', vurdering: 'Astma, forverring. Astma-plan gjennomgått.' },
      });
      f.journal.addNote({ patientId: KARI, fields: { reasonForContact: 'Vaksine' } });
    });
    await user.keyboard('astma');
    const hits = await screen.findAllByTestId('search-hit');
    expect(hits).toHaveLength(1);
    const marks = [...hits[0]!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Astma', 'Astma']);
    expect(hits[0]?.textContent).toContain('Hoste · Astma, forverring. Astma-plan gjennomgått.');
    expect(screen.getByTestId('journal-list-status').textContent).toBe('1 notat med treff');
    expect(fake.calls.filter((c) => c.call === 'journal.search').at(-1)?.input).toEqual({
      patientId: KARI,
      query: 'astma',
    });

    // Esc empties the box and the timeline is back.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getAllByTestId('timeline-entry')).toHaveLength(2));
  });

  it('never loses or repeats text when ranges overlap, run past the end or come unsorted', () => {
    expect(
      highlightSegments('abcdefghij', [
        [6, 20],
        [1, 3],
        [2, 4],
        [5, 5],
      ]),
    ).toEqual([
      { text: 'a', hit: false },
      { text: 'bcd', hit: true },
      { text: 'ef', hit: false },
      { text: 'ghij', hit: true },
    ]);
    expect(
      highlightSegments('<b>x</b>', [[3, 4]])
        .map((s) => s.text)
        .join(''),
    ).toBe('<b>x</b>');
  });
});
