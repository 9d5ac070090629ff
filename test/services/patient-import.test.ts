import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { ImportReport } from '../../shared/api/views';
import { testBackend } from '../support/backend';
import { testClinic, value, type TestClinic } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/fastlegeliste-blandet.csv');
const now = new Date('2026-11-22T09:00:00Z');

describe('import of the fastlegeliste file', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function setup(): Promise<TestClinic> {
    backend = await testBackend(tempDir(), () => now);
    return testClinic(backend);
  }

  const importBytes = async (c: TestClinic, bytes: Buffer, fileName = 'liste.csv'): Promise<ImportReport> =>
    value(await c.admin('patients.import', { fileName, contentBase64: bytes.toString('base64') }));

  const expectedFirst = {
    imported: 6,
    updated: 0,
    unchanged: 0,
    rejected: [
      { line: 6, code: 'IDENTITY_INVALID', message: 'Ugyldig fødselsnummer: kontrollsifrene stemmer ikke.' },
      { line: 9, code: 'IDENTITY_TEN_DIGITS', message: expect.stringMatching(/bare 10 siffer.*null først/) },
      { line: 10, code: 'DUPLICATE_IN_FILE', message: 'Fødselsnummeret står allerede på linje 2 i filen.' },
      { line: 12, code: 'FIELD_COUNT', message: expect.stringMatching(/6 felt.*overskriften har 11/) },
    ],
    warnings: [
      { line: 1, code: 'UNKNOWN_COLUMN', message: 'Ukjent kolonne «merknad» er hoppet over.' },
      { line: 11, code: 'POSTSTED_MISMATCH', message: expect.stringContaining('OSLO') },
      { line: 11, code: 'UNKNOWN_HPR', message: expect.stringContaining('9999999') },
    ],
  };

  it('imports good rows, rejects bad ones with exact line numbers, and creates nothing the second time', async () => {
    const c = await setup();
    const bytes = fs.readFileSync(FIXTURE);
    expect(await importBytes(c, bytes)).toEqual(expectedFirst);

    const again = await importBytes(c, bytes);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 6 });
    expect(again.rejected.map((r) => r.line)).toEqual([6, 9, 10, 12]);
    expect(backend?.conn.sqlite.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 6 });

    const [per] = value(await c.sekretaer('patients.search', { query: 'per hansen' }));
    expect(per).toMatchObject({ familyName: 'Hansen, jr.', addressLine: 'Kaigata 2, oppgang "B"', city: 'OSLO' });
    const [ola] = value(await c.sekretaer('patients.search', { query: 'øde ola' }));
    expect(ola).toMatchObject({ familyName: 'Ødegård', middleName: 'Øystein', addressLine: 'Åsveien 4\r\nbak huset' });
    expect(ola?.fastlege?.doctorId).toBe(c.ids.lege1);
    const [jan] = value(await c.sekretaer('patients.search', { query: 'kowalski' }));
    expect(jan).toMatchObject({ identityType: 'dnr', mobilePhone: '41234567', fastlege: null });
    const [aase] = value(await c.sekretaer('patients.search', { query: 'ås åse' }));
    expect(aase).toMatchObject({ city: 'OSLO', fastlege: null });
  });

  it('reads the same file written by Excel in Windows-1252 with LF line ends', async () => {
    const c = await setup();
    const text = fs
      .readFileSync(FIXTURE, 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n/g, '\n');
    const bytes = Buffer.from(latin1(text));
    expect(await importBytes(c, bytes)).toEqual(expectedFirst);
  });

  it('keeps what we have for empty fields, moves a patient to a new fastlege with history, and never removes', async () => {
    const c = await setup();
    await importBytes(c, fs.readFileSync(FIXTURE));
    const kari = fs.readFileSync(FIXTURE, 'utf8').split('\r\n')[1]?.split(';')[0] ?? '';
    const update = Buffer.from(
      `fornavn,etternavn,fodselsnummer,telefon,fastlege_hpr\r\nKari,Nordmann,${kari},,1000002\r\n`,
    );
    expect(await importBytes(c, update)).toMatchObject({ imported: 0, updated: 1, unchanged: 0, rejected: [] });
    const [card] = value(await c.sekretaer('patients.search', { query: kari }));
    expect(card).toMatchObject({ mobilePhone: '91234567', fastlege: { doctorId: c.ids.lege2 } });
    const full = value(await c.sekretaer('patients.open', { patientId: card?.id ?? '' }));
    expect(full.listHistory.map((h) => [h.doctorId, h.fromDate, h.toDate])).toEqual([
      [c.ids.lege1, '2026-11-22', '2026-11-22'],
      [c.ids.lege2, '2026-11-22', null],
    ]);
    expect(backend?.conn.sqlite.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 6 });
  });

  it('refuses a file without a required column and imports nothing', async () => {
    const c = await setup();
    const result = await c.admin('patients.import', {
      fileName: 'x.csv',
      contentBase64: Buffer.from('fodselsnummer;fornavn\n12345678901;Ola\n').toString('base64'),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_MISSING_COLUMN', message: expect.stringContaining('etternavn') },
    });
    expect(backend?.conn.sqlite.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 0 });
  });

  it('audits each created patient and the import itself, and is refused for a doctor', async () => {
    const c = await setup();
    await importBytes(c, fs.readFileSync(FIXTURE), 'helfo-november.csv');
    const rows = backend?.conn.sqlite
      .prepare(
        "SELECT action, count(*) AS n FROM audit_events WHERE action LIKE 'patient.import%' GROUP BY action ORDER BY action",
      )
      .all();
    expect(rows).toEqual([
      { action: 'patient.import', n: 1 },
      { action: 'patient.import.create', n: 6 },
    ]);
    expect(await c.lege1('patients.import', { fileName: 'x', contentBase64: '' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

function latin1(text: string): number[] {
  return [...text].map((ch) => {
    const code = ch.codePointAt(0) ?? 63;
    if (code > 255) throw new Error(`not in Windows-1252's Latin-1 range: ${ch}`);
    return code;
  });
}
