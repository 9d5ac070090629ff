import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftInput } from '../../shared/schemas/journal.schema';
import { createFakeAllmenn, FIXTURE_USERS, type FakeAllmenn } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { renderApp } from './support/render-app';

afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

const KARI = fixtureId(1);

function saves(fake: FakeAllmenn): { at: number; input: DraftInput }[] {
  return fake.calls.flatMap((c, i) =>
    c.call === 'journal.saveDraft' ? [{ at: fake.callTimes[i] ?? 0, input: c.input as DraftInput }] : [],
  );
}

/** The journal open, Alt+N, Enter on the chosen contact type (Oppmøte): the editor with the cursor in Kontaktårsak. */
async function startNote(seed: (fake: FakeAllmenn) => void = () => undefined) {
  const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
  seed(fake);
  const view = renderApp(fake, `/pasienter/${KARI}/journal`);
  const search = await screen.findByLabelText('Søk i journalen');
  await waitFor(() => expect(document.activeElement).toBe(search));
  await view.user.keyboard('{Alt>}n{/Alt}');
  const dialog = await screen.findByRole('dialog', { name: 'Nytt notat' });
  const oppmote = within(dialog).getByRole('radio', { name: 'Oppmøte' });
  expect((oppmote as HTMLInputElement).checked).toBe(true);
  await waitFor(() => expect(document.activeElement).toBe(oppmote));
  await view.user.keyboard('{Enter}');
  const editor = await screen.findByTestId('note-editor');
  const reason = within(editor).getByLabelText('Kontaktårsak');
  await waitFor(() => expect(document.activeElement).toBe(reason));
  expect(fake.calls.find((c) => c.call === 'journal.start')?.input).toEqual({
    patientId: KARI,
    contactType: 'oppmote',
  });
  return { fake, editor, ...view };
}

describe('writing a note', () => {
  it('autosaves while typing (first save within 1.5 s, then at least every 1.5 s) and Ctrl+Enter signs it', async () => {
    const { fake, editor } = await startNote();
    // Time moves on by itself too (shouldAdvanceTime): Testing Library waits on a real setTimeout(0) between steps.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    const user = userEvent.setup({ delay: null });

    const text = 'Hoste og feber i tre dager, ingen tung pust. ';
    const t0 = Date.now();
    for (const char of text) {
      await user.keyboard(char === ' ' ? '[Space]' : char);
      await act(() => vi.advanceTimersByTimeAsync(100));
    }
    const stoppedAt = Date.now();
    await act(() => vi.advanceTimersByTimeAsync(1500));

    const saved = saves(fake);
    expect(saved.length).toBeGreaterThanOrEqual(3);
    expect(saved[0]!.at - t0).toBeLessThanOrEqual(1500);
    for (let i = 1; i < saved.length; i++) expect(saved[i]!.at - saved[i - 1]!.at).toBeLessThanOrEqual(1600);
    expect(saved.at(-1)!.at - stoppedAt).toBeLessThanOrEqual(1100);
    expect(saved.at(-1)!.input.fields.reasonForContact).toBe(text);
    expect(within(editor).getByTestId('autosave-status').textContent).toMatch(/^Lagret \d{2}:\d{2}:\d{2}$/);

    await user.keyboard('{Control>}{Enter}{/Control}');
    await act(() => vi.advanceTimersByTimeAsync(100));
    vi.useRealTimers();
    const view = await screen.findByTestId('note-view');
    expect(within(view).getByTestId('note-status').textContent).toBe('Signert');
    expect(screen.queryByTestId('note-editor')).toBeNull();
    expect(fake.calls.filter((c) => c.call === 'journal.sign')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toContain('Notatet er signert.');
  });

  it('codes ICPC-2 by type-ahead on text or code with the arrows and Enter; the first is the main diagnosis', async () => {
    const { fake, editor, user } = await startNote();
    const icpc = within(editor).getByRole('combobox', { name: 'ICPC-2' });
    await user.click(icpc);
    await user.keyboard('luftveis');
    const list = within(editor).getByRole('listbox', { name: 'Forslag: ICPC-2' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toContain('R74Akutt øvre luftveisinfeksjon');
    const r74 = options.findIndex((o) => o.textContent?.startsWith('R74'));
    for (let i = 0; i <= r74; i++) await user.keyboard('{ArrowDown}');
    expect(icpc.getAttribute('aria-activedescendant')).toBe(options[r74]!.id);
    await user.keyboard('{Enter}');

    await user.keyboard('K86{ArrowDown}{Enter}');
    const chosen = within(editor).getByTestId('chosen-diagnoses');
    const rows = within(chosen).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^R74Akutt øvre luftveisinfeksjonICPC-2Hoveddiagnose/),
      expect.stringMatching(/^K86Hypertensjon ukomplisertICPC-2Gjør til hoveddiagnose/),
    ]);
    expect((icpc as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(icpc);

    // K86 is lasting (the problem list), then made the main diagnosis.
    await user.click(within(rows[1]!).getByRole('checkbox', { name: 'Varig' }));
    await user.click(within(rows[1]!).getByRole('button', { name: 'Gjør til hoveddiagnose' }));
    await waitFor(
      () =>
        expect(saves(fake).at(-1)?.input.diagnoses).toEqual([
          { system: 'ICPC-2', code: 'R74', isMain: false, isLasting: false },
          { system: 'ICPC-2', code: 'K86', isMain: true, isLasting: true },
        ]),
      { timeout: 3000 },
    );
  });

  it('says at the field when a measurement is outside what is possible, and leaves it out of the save', async () => {
    const { fake, editor, user } = await startNote();
    await user.type(within(editor).getByLabelText('Kontaktårsak'), 'Blodtrykkskontroll');
    const systolic = within(editor).getByLabelText('BT systolisk (mmHg)');
    await user.type(systolic, '400');
    await user.tab();
    await waitFor(() => expect(within(editor).getByText('BT systolisk må være mellom 50 og 300 mmHg')).toBeTruthy());
    expect(systolic.getAttribute('aria-invalid')).toBe('true');
    await user.keyboard('90');
    await user.tab();
    await waitFor(() => expect(saves(fake).at(-1)?.input.measurements).toEqual([{ kind: 'bt_dia', value: 90 }]));
    expect(saves(fake).at(-1)?.input.fields.reasonForContact).toBe('Blodtrykkskontroll');
    expect(within(editor).getByText(/Én måling utenfor gyldig område lagres ikke/)).toBeTruthy();

    // Signing waits until it is put right.
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect((await within(editor).findByRole('alert')).textContent).toContain(
      'Rett målingene som er utenfor gyldig område før du signerer.',
    );
    expect(fake.calls.some((c) => c.call === 'journal.sign')).toBe(false);

    await user.clear(systolic);
    await user.type(systolic, '142');
    await user.type(within(editor).getByLabelText('Vekt (kg)'), '80,5');
    await user.type(within(editor).getByLabelText('Høyde (cm)'), '180');
    await user.tab();
    expect(within(editor).queryByText('BT systolisk må være mellom 50 og 300 mmHg')).toBeNull();
    expect(within(editor).getByTestId('bmi').textContent).toBe('BMI 24,8 kg/m²');
    await waitFor(() =>
      expect(saves(fake).at(-1)?.input.measurements).toEqual([
        { kind: 'bt_sys', value: 142 },
        { kind: 'bt_dia', value: 90 },
        { kind: 'vekt', value: 80.5 },
        { kind: 'hoyde', value: 180 },
      ]),
    );
  });

  it('expands a frase from .keyword followed by Tab or Space, and a new frase can be defined', async () => {
    const { fake, editor, user } = await startNote((f) =>
      f.journal.snippets.push({ id: fixtureId(990), keyword: 'lunge', body: 'Normal respirasjonslyd bilateralt.' }),
    );
    await user.keyboard('Kontroll');
    await user.tab();
    await user.keyboard('Pust: .lunge');
    await user.keyboard('{Tab}');
    const anamnese = within(editor).getByLabelText<HTMLTextAreaElement>('Anamnese (S)');
    expect(anamnese.value).toBe('Pust: Normal respirasjonslyd bilateralt.');
    // Tab expanded and stayed in the field, cursor after the text.
    expect(document.activeElement).toBe(anamnese);
    expect(anamnese.selectionStart).toBe(anamnese.value.length);

    // Space: the space typed stays after the text. An unknown keyword or a word without the dot is left alone.
    await user.keyboard('[Space].lunge[Space]og .ukjent[Space]lunge[Space]');
    expect(anamnese.value).toBe(
      'Pust: Normal respirasjonslyd bilateralt. Normal respirasjonslyd bilateralt. og .ukjent lunge ',
    );
    await waitFor(() => expect(saves(fake).at(-1)?.input.fields.anamnese).toBe(anamnese.value), { timeout: 3000 });

    // A new frase, from the editor's Fraser dialog.
    await user.click(within(editor).getByRole('button', { name: 'Fraser' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fraser' });
    await user.type(within(dialog).getByLabelText(/Kortnavn/), 'ø');
    await user.type(within(dialog).getByLabelText('Tekst'), 'Otoskopi normal.');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre frase' }));
    expect(await within(dialog).findByText('Kortnavn: 2–20 bokstaver eller tall')).toBeTruthy();
    await user.type(within(dialog).getByLabelText(/Kortnavn/), 're');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre frase' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('list', { name: 'Dine fraser' }).textContent).toContain('.øre'),
    );
    expect(fake.calls.find((c) => c.call === 'snippets.save')?.input).toEqual({
      keyword: 'øre',
      body: 'Otoskopi normal.',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Ferdig' }));

    const funn = within(editor).getByLabelText<HTMLTextAreaElement>('Funn (O)');
    await user.click(funn);
    await user.keyboard('.øre{Tab}');
    expect(funn.value).toBe('Otoskopi normal.');
  });

  it('shows a failed save in Norwegian and saves again by itself', async () => {
    const { fake, editor, user } = await startNote();
    fake.failNext('journal.saveDraft', {
      code: 'INTERNAL_ERROR',
      message: 'Kontakten med programmets kjerne ble brutt. Prøv igjen.',
    });
    await user.keyboard('Feber');
    const status = within(editor).getByTestId('autosave-status');
    await waitFor(() => expect(status.getAttribute('data-state')).toBe('error'), { timeout: 3000 });
    expect(within(status).getByRole('alert').textContent).toContain(
      'Utkastet er ikke lagret: Kontakten med programmets kjerne ble brutt. Prøv igjen. Prøver igjen automatisk.',
    );
    await waitFor(() => expect(status.getAttribute('data-state')).toBe('saved'), { timeout: 3000 });
    expect(saves(fake).map((s) => s.input.fields.reasonForContact)).toEqual(['Feber', 'Feber']);
  });
});
