import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { ErrorCode } from '../../shared/api/error-codes';
import { calls } from '../../shared/api/contract';
import { testBackend } from '../support/backend';
import { testClinic, value, type TestClinic } from '../support/clinic';
import { tnr } from '../support/people';
import { useTempDir } from '../support/temp-dir';

let now = new Date('2026-11-22T09:00:00Z');

const fields = {
  reasonForContact: 'Hoste i to uker',
  anamnese: 'Tørrhoste, ikke feber. Røyker ikke.',
  funn: 'Upåfallende lungestetoskopi.',
  vurdering: 'Trolig postviral hoste.',
  tiltak: 'Avventer. Ny time ved forverring.',
};

describe('journal', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function setup(): Promise<{ c: TestClinic; patientId: string }> {
    now = new Date('2026-11-22T09:00:00Z');
    backend = await testBackend(tempDir(), () => now);
    const c = await testClinic(backend);
    const patientId = value(
      await c.sekretaer('patients.register', {
        identityNumber: tnr('1970-03-04', 'female'),
        givenName: 'Kari',
        familyName: 'Nordmann',
      }),
    ).id;
    return { c, patientId };
  }

  async function signedNote(c: TestClinic, patientId: string) {
    const note = value(await c.lege1('journal.start', { patientId, contactType: 'oppmote' }));
    value(
      await c.lege1('journal.saveDraft', {
        noteId: note.id,
        versionId: note.current.id,
        fields,
        diagnoses: [{ system: 'ICPC-2', code: 'R05', isMain: true, isLasting: false }],
        measurements: [
          { kind: 'bt_sys', value: 128 },
          { kind: 'bt_dia', value: 82 },
        ],
      }),
    );
    return value(await c.lege1('journal.sign', { noteId: note.id, versionId: note.current.id }));
  }

  it('drafts, signs, corrects with a reason, and keeps both versions visible', async () => {
    const { c, patientId } = await setup();
    const signed = await signedNote(c, patientId);
    expect(signed).toMatchObject({
      status: 'signert',
      draft: null,
      current: { version: 1, diagnoses: [{ code: 'R05', title: 'Hoste' }] },
    });
    expect(signed.current.measurements.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['BT systolisk', 128, 'mmHg'],
      ['BT diastolisk', 82, 'mmHg'],
    ]);

    const again = await c.lege1('journal.saveDraft', {
      noteId: signed.id,
      versionId: signed.current.id,
      fields,
      diagnoses: [],
      measurements: [],
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOTE_SIGNED' } });

    now = new Date('2026-11-22T09:20:00Z');
    const correcting = value(
      await c.lege2('journal.startCorrection', { noteId: signed.id, reason: 'Feil i funn: lyttet ikke på ryggen' }),
    );
    const draft = correcting.draft;
    expect(draft).toMatchObject({ version: 2, kind: 'retting', changeReason: 'Feil i funn: lyttet ikke på ryggen' });
    value(
      await c.lege2('journal.saveDraft', {
        noteId: signed.id,
        versionId: draft?.id ?? '',
        fields: { ...fields, funn: 'Spredte knatrelyder basalt høyre.' },
        diagnoses: [{ system: 'ICPC-2', code: 'R81', isMain: true, isLasting: false }],
        measurements: [],
      }),
    );
    const corrected = value(await c.lege2('journal.sign', { noteId: signed.id, versionId: draft?.id ?? '' }));
    expect(corrected.status).toBe('rettet');
    expect(corrected.history.map((v) => [v.version, v.kind, v.fields.funn, v.authorName])).toEqual([
      [1, 'original', 'Upåfallende lungestetoskopi.', 'lege1 Testesen'],
      [2, 'retting', 'Spredte knatrelyder basalt høyre.', 'lege2 Testesen'],
    ]);
    const timeline = value(await c.lege1('journal.timeline', { patientId }));
    expect(timeline.entries).toMatchObject([
      { noteId: signed.id, status: 'rettet', versionCount: 2, mainDiagnosis: { code: 'R81' } },
    ]);
    expect(timeline.entries[0]?.authorName).toBe('lege1 Testesen');
    expect(value(await c.lege1('journal.timeline', { patientId, authorId: c.ids.lege2 })).entries).toEqual([]);
    expect(value(await c.lege1('journal.timeline', { patientId, authorId: c.ids.lege1 })).entries).toHaveLength(1);
  });

  it('refuses UPDATE and DELETE of a signed version, its diagnoses and the audit log in the database itself', async () => {
    const { c, patientId } = await setup();
    const signed = await signedNote(c, patientId);
    const sqlite = backend?.conn.sqlite;
    if (!sqlite) throw new Error('no database');
    expect(() =>
      sqlite.prepare("UPDATE note_versions SET funn = 'endret' WHERE id = ?").run(signed.current.id),
    ).toThrow(/signed journal note version cannot be changed/);
    expect(() => sqlite.prepare('DELETE FROM note_versions WHERE id = ?').run(signed.current.id)).toThrow(
      /never deleted/,
    );
    expect(() =>
      sqlite.prepare("UPDATE note_diagnoses SET code = 'A01' WHERE version_id = ?").run(signed.current.id),
    ).toThrow(/signed journal note/);
    expect(() => sqlite.prepare('DELETE FROM note_measurements WHERE version_id = ?').run(signed.current.id)).toThrow(
      /signed journal note/,
    );
    expect(() => sqlite.prepare("UPDATE audit_events SET actor_name = 'noen'").run()).toThrow(/cannot be changed/);
    expect(() => sqlite.prepare('DELETE FROM audit_events').run()).toThrow(/cannot be deleted/);
    expect(sqlite.prepare('SELECT funn FROM note_versions WHERE id = ?').get(signed.current.id)).toEqual({
      funn: fields.funn,
    });
  });

  it('marks a note in the wrong patient as feilregistrert with a reason, never deleting it', async () => {
    const { c, patientId } = await setup();
    const signed = await signedNote(c, patientId);
    const marked = value(
      await c.lege1('journal.markEnteredInError', { noteId: signed.id, reason: 'Skrevet i feil pasient' }),
    );
    expect(marked.status).toBe('feilregistrert');
    expect(marked.history.map((v) => v.kind)).toEqual(['original', 'feilregistrering']);
    expect(marked.current).toMatchObject({ changeReason: 'Skrevet i feil pasient', fields: { funn: fields.funn } });
    expect(await c.lege1('journal.markEnteredInError', { noteId: signed.id, reason: 'igjen' })).toMatchObject({
      ok: false,
    });
  });

  it('offers an unsigned draft back, as saved, after a restart', async () => {
    const { c, patientId } = await setup();
    const note = value(await c.lege1('journal.start', { patientId, contactType: 'telefon' }));
    now = new Date('2026-11-22T09:00:07Z');
    value(
      await c.lege1('journal.saveDraft', {
        noteId: note.id,
        versionId: note.current.id,
        fields: { ...fields, tiltak: 'Halvskrevet' },
        diagnoses: [],
        measurements: [],
      }),
    );
    const dataDir = backend?.conn.file.replace(/\/allmenn\.sqlite$/, '') ?? '';
    await backend?.close();
    backend = await testBackend(dataDir, () => now);
    const lege1 = (await import('../support/backend')).caller(backend, { id: 2 });
    value(await lege1('auth.login', { username: 'lege1', password: 'lang-nok-passord' }));
    const drafts = value(await lege1('journal.myDrafts', {}));
    expect(drafts).toEqual([
      {
        noteId: note.id,
        versionId: note.current.id,
        patient: { id: patientId, name: 'Kari Nordmann' },
        savedAt: '2026-11-22T09:00:07.000Z',
        kind: 'original',
      },
    ]);
    expect(value(await lege1('journal.note', { noteId: note.id })).draft?.fields.tiltak).toBe('Halvskrevet');
  });

  it('searches one patient’s journal with highlighted hits, and lists lasting diagnoses as problems', async () => {
    const { c, patientId } = await setup();
    await signedNote(c, patientId);
    const other = value(
      await c.sekretaer('patients.register', {
        identityNumber: tnr('1980-01-01', 'male'),
        givenName: 'Per',
        familyName: 'Annen',
      }),
    ).id;
    await signedNote(c, other);
    const note = value(await c.lege1('journal.start', { patientId, contactType: 'oppmote' }));
    value(
      await c.lege1('journal.saveDraft', {
        noteId: note.id,
        versionId: note.current.id,
        fields: { ...fields, reasonForContact: 'Kontroll blodtrykk', vurdering: 'Hypertensjon, velregulert.' },
        diagnoses: [{ system: 'ICPC-2', code: 'K86', isMain: true, isLasting: true }],
        measurements: [],
      }),
    );
    value(await c.lege1('journal.sign', { noteId: note.id, versionId: note.current.id }));

    const hits = value(await c.lege1('journal.search', { patientId, query: 'tørrhost' }));
    expect(hits).toHaveLength(2);
    const [hit] = hits;
    expect(hit?.highlights.map(([s, e]) => hit.excerpt.slice(s, e))).toEqual(['Tørrhoste']);
    expect(value(await c.lege1('journal.search', { patientId, query: 'velregulert' })).map((h) => h.noteId)).toEqual([
      note.id,
    ]);
    expect(value(await c.lege1('journal.problemList', { patientId }))).toEqual([
      {
        system: 'ICPC-2',
        code: 'K86',
        title: 'Hypertensjon ukomplisert',
        firstNoted: '2026-11-22',
        lastNoted: '2026-11-22',
      },
    ]);
  });

  it('refuses the helsesekretær every journal call, and audits every read', async () => {
    const { c, patientId } = await setup();
    const signed = await signedNote(c, patientId);
    const journalCalls = Object.keys(calls).filter((n) => n.startsWith('journal.') || n.startsWith('snippets.'));
    const inputs: Record<string, unknown> = {
      'journal.start': { patientId, contactType: 'oppmote' },
      'journal.saveDraft': { noteId: signed.id, versionId: signed.current.id, fields, diagnoses: [], measurements: [] },
      'journal.sign': { noteId: signed.id, versionId: signed.current.id },
      'journal.startCorrection': { noteId: signed.id, reason: 'grunn' },
      'journal.markEnteredInError': { noteId: signed.id, reason: 'grunn' },
      'journal.discardDraft': { noteId: signed.id },
      'journal.timeline': { patientId },
      'journal.note': { noteId: signed.id },
      'journal.search': { patientId, query: 'hoste' },
      'journal.problemList': { patientId },
      'journal.myDrafts': {},
      'journal.extract': { patientId },
      'snippets.list': {},
      'snippets.save': { keyword: 'lunge', body: 'Normal respirasjonslyd.' },
      'snippets.remove': { id: signed.id },
    };
    expect(journalCalls.sort()).toEqual(Object.keys(inputs).sort());
    for (const call of journalCalls) {
      const result = await c.sekretaer(call as never, inputs[call] as never);
      expect(result, call).toMatchObject({ ok: false, error: { code: ErrorCode.forbidden } });
    }
    const before = backend?.conn.sqlite
      .prepare("SELECT count(*) AS n FROM audit_events WHERE action LIKE 'journal.read%'")
      .get();
    value(await c.lege2('journal.timeline', { patientId }));
    value(await c.lege2('journal.note', { noteId: signed.id }));
    value(await c.lege2('journal.search', { patientId, query: 'hoste' }));
    const after = backend?.conn.sqlite
      .prepare(
        "SELECT action, actor_name FROM audit_events WHERE action LIKE 'journal.read%' AND patient_id = ? ORDER BY at, id",
      )
      .all(patientId);
    expect(before).toEqual({ n: 0 });
    expect(after).toEqual([
      { action: 'journal.read.timeline', actor_name: 'lege2 Testesen' },
      { action: 'journal.read.note', actor_name: 'lege2 Testesen' },
      { action: 'journal.read.search', actor_name: 'lege2 Testesen' },
    ]);
  });

  it('validates measurements against plausible ranges and diagnosis codes against the code list', async () => {
    const { c, patientId } = await setup();
    const note = value(await c.lege1('journal.start', { patientId, contactType: 'oppmote' }));
    const base = { noteId: note.id, versionId: note.current.id, fields, diagnoses: [] };
    expect(await c.lege1('journal.saveDraft', { ...base, measurements: [{ kind: 'temp', value: 55 }] })).toMatchObject({
      ok: false,
      error: { fields: { 'measurements.0.value': 'Temperatur må være mellom 30 og 45 °C' } },
    });
    expect(
      await c.lege1('journal.saveDraft', {
        ...base,
        measurements: [],
        diagnoses: [{ system: 'ICPC-2', code: 'R99X', isMain: true, isLasting: false }],
      }),
    ).toMatchObject({ ok: false, error: { fields: { 'diagnoses.0.code': 'Ukjent ICPC-2-kode R99X' } } });
    const bmiNote = value(
      await c.lege1('journal.saveDraft', {
        ...base,
        measurements: [
          { kind: 'vekt', value: 80 },
          { kind: 'hoyde', value: 180 },
        ],
      }),
    );
    expect(bmiNote.savedAt).toBe(now.toISOString());
    expect(value(await c.lege1('journal.note', { noteId: note.id })).draft?.bmi).toBe(24.7);
  });

  it('records a contact at the time the doctor gives, never in the future', async () => {
    const { c, patientId } = await setup();
    const earlier = value(
      await c.lege1('journal.start', { patientId, contactType: 'telefon', occurredAt: '2026-11-22T07:30:00.000Z' }),
    );
    expect(earlier.occurredAt).toBe('2026-11-22T07:30:00.000Z');
    expect(
      await c.lege1('journal.start', { patientId, contactType: 'telefon', occurredAt: '2026-11-22T12:00:00.000Z' }),
    ).toMatchObject({ ok: false, error: { fields: { occurredAt: 'Tidspunktet kan ikke være fram i tid' } } });
  });
});
