import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { ServiceContext } from '../../electron/services/context';
import { createJournalExtractService } from '../../electron/services/journal/journal-extract.service';
import { ErrorCode } from '../../shared/api/error-codes';
import { testBackend } from '../support/backend';
import { testClinic, value, type TestClinic } from '../support/clinic';
import { tnr } from '../support/people';
import { useTempDir } from '../support/temp-dir';

const SCREENSHOT = path.resolve(import.meta.dirname, '../../test-results/screenshots/journal-extract-page1.png');

let now = new Date('2026-11-22T09:00:00Z');

const fields = {
  reasonForContact: 'Hoste i to uker',
  anamnese: 'Tørrhoste, ikke feber. Røyker ikke. Ingen kjent astma, ingen allergier av betydning.',
  funn: 'Upåfallende lungestetoskopi. Rolig respirasjon, SpO₂ 98 %.',
  vurdering: 'Trolig postviral hoste.',
  tiltak: 'Avventer. Ny time ved forverring, feber eller tung pust.',
};

const bloodPressure = { ...fields, reasonForContact: 'Kontroll av blodtrykk', vurdering: 'Hypertensjon, velregulert.' };

/** Text as pdftotext reads it, with line breaks and column gaps folded to single spaces. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('journal extract (PDF)', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function setup(): Promise<{ c: TestClinic; patientId: string; identityNumber: string }> {
    now = new Date('2026-11-22T09:00:00Z');
    backend = await testBackend(tempDir(), () => now);
    const c = await testClinic(backend);
    const identityNumber = tnr('1970-03-04', 'female');
    const patientId = value(
      await c.sekretaer('patients.register', { identityNumber, givenName: 'Kari Åse', familyName: 'Nordmann' }),
    ).id;
    return { c, patientId, identityNumber };
  }

  /** Written now (the session stays fresh), about a consultation at `occurredAt`. */
  async function signed(c: TestClinic, patientId: string, text: typeof fields, occurredAt: string) {
    now = new Date(now.getTime() + 60_000);
    const note = value(await c.lege1('journal.start', { patientId, contactType: 'oppmote', occurredAt }));
    value(
      await c.lege1('journal.saveDraft', {
        noteId: note.id,
        versionId: note.current.id,
        fields: text,
        diagnoses: [{ system: 'ICPC-2', code: 'R05', isMain: true, isLasting: false }],
        measurements: [
          { kind: 'bt_sys', value: 128 },
          { kind: 'bt_dia', value: 82 },
          { kind: 'temp', value: 37.8 },
        ],
      }),
    );
    return value(await c.lege1('journal.sign', { noteId: note.id, versionId: note.current.id }));
  }

  /** A signed note, a corrected one (two versions), a feilregistrert one and an unsigned draft. */
  async function journal(c: TestClinic, patientId: string) {
    const first = await signed(c, patientId, fields, '2026-11-20T08:00:00Z');
    // 00.30 on 21 November in Oslo, still 20 November in UTC.
    const corrected = await signed(c, patientId, bloodPressure, '2026-11-20T23:30:00Z');
    now = new Date('2026-11-22T09:20:00Z');
    const correction = value(
      await c.lege2('journal.startCorrection', { noteId: corrected.id, reason: 'Feil i funn: lyttet ikke på ryggen' }),
    );
    value(
      await c.lege2('journal.saveDraft', {
        noteId: corrected.id,
        versionId: correction.draft?.id ?? '',
        fields: { ...bloodPressure, funn: 'Spredte knatrelyder basalt høyre.' },
        diagnoses: [{ system: 'ICPC-2', code: 'K86', isMain: true, isLasting: true }],
        measurements: [],
      }),
    );
    value(await c.lege2('journal.sign', { noteId: corrected.id, versionId: correction.draft?.id ?? '' }));
    const wrong = await signed(
      c,
      patientId,
      { ...fields, reasonForContact: 'Sårskift etter kneoperasjon', vurdering: 'Sår i god tilheling.' },
      '2026-11-22T08:30:00Z',
    );
    now = new Date('2026-11-22T09:30:00Z');
    value(await c.lege1('journal.markEnteredInError', { noteId: wrong.id, reason: 'Skrevet i feil pasient' }));
    now = new Date('2026-11-22T09:40:00Z');
    const draft = value(await c.lege1('journal.start', { patientId, contactType: 'telefon' }));
    value(
      await c.lege1('journal.saveDraft', {
        noteId: draft.id,
        versionId: draft.current.id,
        fields: { ...fields, reasonForContact: 'Halvskrevet utkast om svimmelhet' },
        diagnoses: [],
        measurements: [],
      }),
    );
    return { first, corrected };
  }

  function asLege(c: TestClinic): ServiceContext {
    return { user: { id: c.ids.lege1, name: 'lege1 Testesen' }, role: 'lege', workstation: 'test-pc', now };
  }

  it('prints signed notes, every version of a correction, the feilregistrert mark, and never a draft', async () => {
    const { c, patientId, identityNumber } = await setup();
    await journal(c, patientId);
    const service = createJournalExtractService(backend!.conn.db);
    const pdf = await service.extract(asLege(c), { patientId });
    const dir = tempDir();
    const file = path.join(dir, 'utskrift.pdf');
    fs.writeFileSync(file, pdf);

    const text = pdfText(file);
    expect(text).toContain('Journalutskrift');
    expect(text).toContain('Fjordbyen legesenter');
    expect(text).toContain('Org.nr. 974 760 673');
    expect(text).toContain('Kari Åse Nordmann');
    expect(text).toContain(`${identityNumber.slice(0, 6)} ${identityNumber.slice(6)}`);
    expect(text).toContain('Fødselsdato 04.03.1970');
    expect(text).toContain('Hele journalen');
    expect(text).toContain('Tørrhoste, ikke feber.');
    expect(text).toContain('R05 Hoste (ICPC-2, hoveddiagnose)');
    expect(text).toContain('BT systolisk 128 mmHg');
    expect(text).toContain('Temperatur 37,8 °C');
    expect(text).toContain('Oppmøte');
    // Oslo time: 09:20 UTC in November is 10.20 in Norway.
    expect(text).toContain('Rettet 22.11.2026 kl. 10.20 av lege2 Testesen: Feil i funn: lyttet ikke på ryggen');
    expect(text).toContain('Upåfallende lungestetoskopi.');
    expect(text).toContain('Spredte knatrelyder basalt høyre.');
    expect(text).toContain('FEILREGISTRERT');
    expect(text).toContain('Feilregistrert 22.11.2026 kl. 10.30 av lege1 Testesen: Skrevet i feil pasient');
    expect(text).toContain('SpO2 98 %');
    expect(text).not.toContain('Halvskrevet utkast');
    expect(text).not.toContain('svimmelhet');
    expect(text).toMatch(/Utskrift fra Allmenn 22\.11\.2026 – side 1 av \d/);
    // Oldest first.
    expect(text.indexOf('Hoste i to uker')).toBeLessThan(text.indexOf('Kontroll av blodtrykk'));
    expect(text.indexOf('Kontroll av blodtrykk')).toBeLessThan(text.indexOf('Sårskift etter kneoperasjon'));

    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const pages = fs.readdirSync(dir).filter((f) => /^page-0*1\.png$/.test(f));
    expect(pages).toHaveLength(1);
    expect(fs.statSync(path.join(dir, pages[0] ?? '')).size).toBeGreaterThan(1000);

    // A sharper copy of page 1 for people to look at (test-results/ is not committed).
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '100',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      SCREENSHOT.replace(/\.png$/, ''),
    ]);
    expect(fs.existsSync(SCREENSHOT)).toBe(true);
  });

  it('flows a long journal over pages that each name the patient and carry "side X av Y"', async () => {
    const { c, patientId } = await setup();
    const long = {
      ...fields,
      anamnese: Array.from({ length: 6 }, (_, i) => `Avsnitt ${i + 1}: ${fields.anamnese} ${fields.tiltak}`).join('\n'),
    };
    for (let i = 0; i < 12; i++) await signed(c, patientId, long, `2026-0${1 + (i % 9)}-1${i % 10}T10:00:00Z`);
    const pdf = await createJournalExtractService(backend!.conn.db).extract(asLege(c), { patientId });
    const dir = tempDir();
    const file = path.join(dir, 'lang.pdf');
    fs.writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(2);
    // A note broken by a page says so at the top of the next page.
    expect(pdfText(file)).toMatch(/kl\. 11\.00 · Oppmøte \(fortsatt\)/);
    for (let page = 1; page <= pages; page++) {
      const text = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      expect(text).toContain(`side ${page} av ${pages}`);
      expect(text).toContain('Kari Åse Nordmann');
      if (page > 1) expect(text).toContain('Journalutskrift, Fjordbyen legesenter');
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', file, path.join(dir, 'p2')]);
    expect(fs.existsSync(path.join(dir, 'p2.png'))).toBe(true);
  });

  it('limits the extract to the period, in Oslo calendar days', async () => {
    const { c, patientId } = await setup();
    await journal(c, patientId);
    const service = createJournalExtractService(backend!.conn.db);
    const file = path.join(tempDir(), 'periode.pdf');
    fs.writeFileSync(file, await service.extract(asLege(c), { patientId, from: '2026-11-21', to: '2026-11-21' }));
    const text = pdfText(file);
    expect(text).toContain('21.11.2026 – 21.11.2026');
    expect(text).toContain('Kontroll av blodtrykk');
    expect(text).not.toContain('Hoste i to uker');
    expect(text).not.toContain('Sårskift');
    await expect(service.extract(asLege(c), { patientId, from: '2026-11-22', to: '2026-11-01' })).rejects.toMatchObject(
      { code: ErrorCode.invalidInput },
    );
  });

  it('refuses the helsesekretær and audits each extract with the patient', async () => {
    const { c, patientId } = await setup();
    await journal(c, patientId);
    const service = createJournalExtractService(backend!.conn.db);
    const sekretaer: ServiceContext = {
      user: { id: null, name: 'sekretaer Testesen' },
      role: 'helsesekretaer',
      workstation: 'test-pc',
      now,
    };
    await expect(service.extract(sekretaer, { patientId })).rejects.toMatchObject({ code: ErrorCode.forbidden });
    await service.extract(asLege(c), { patientId, from: '2026-11-01' });
    const rows = backend!.conn.sqlite
      .prepare("SELECT actor_name, role, patient_id, detail FROM audit_events WHERE action = 'journal.extract'")
      .all();
    expect(rows).toEqual([
      {
        actor_name: 'lege1 Testesen',
        role: 'lege',
        patient_id: patientId,
        detail: JSON.stringify({ from: '2026-11-01', to: null, notes: 3 }),
      },
    ]);
  });
});
