/**
 * The patient's print of current prescriptions (PDF): dosing, amount, expiry, and the referansenummer of a låst
 * resept; revoked ones are left out; printing is an audited read, for doctors only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addReferenceNumbers } from '../../db/repositories/prescriptions.repository';
import { value } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';
import { prescribingClinic, type PrescribingClinic } from './prescribing-clinic';

const SCREENSHOT = path.resolve(import.meta.dirname, '../../test-results/screenshots/prescriptions-print-page1.png');

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('prescriptions.print', () => {
  const tempDir = useTempDir();
  let t: PrescribingClinic | undefined;
  afterEach(async () => {
    await t?.backend.close();
    t = undefined;
  });

  it('prints the current prescriptions with dosing and the referansenummer of a låst one, audited', async () => {
    const dir = tempDir();
    const now = new Date('2026-11-22T09:00:00Z');
    t = await prescribingClinic(dir, () => now);
    const { c, patientId } = t;
    await addReferenceNumbers(t.backend.conn.db, ['300000000123'], now.toISOString(), null);
    value(await c.lege1('prescriptions.issue', await t.draft('Norvasc', { bruksomrade: 'Mot høyt blodtrykk' })));
    const locked = value(
      await c.lege1('prescriptions.issue', await t.draft('Lipitor', { locked: true, dssn: '1 tablett om kvelden' })),
    ).prescription;
    expect(locked.referenceNumber).toBe('300000000123');
    const stopped = value(await c.lege1('prescriptions.issue', await t.draft('Paracet', { dssn: 'Ved behov' })));
    value(
      await c.lege1('prescriptions.revoke', { prescriptionId: stopped.prescription.id, reason: 'Ikke lenger behov' }),
    );

    const printed = value(await c.lege1('prescriptions.print', { patientId }));
    expect(printed.fileName).toBe('resepter-nordmann-2026-11-22.pdf');
    const file = path.join(dir, printed.fileName);
    fs.writeFileSync(file, Buffer.from(printed.pdfBase64, 'base64'));
    const text = pdfText(file);
    expect(text).toMatch(/Dine gyldige resepter/);
    expect(text).toMatch(/Kari Nordmann/);
    expect(text).toMatch(/Norvasc Tab 5 mg/);
    expect(text).toMatch(/Dosering 1 tablett daglig/);
    expect(text).toMatch(/Brukes mot Mot høyt blodtrykk/);
    expect(text).toMatch(/Lipitor/);
    expect(text).toMatch(/Referansenummer 300000000123/);
    expect(text).toMatch(/låst resept/);
    expect(text).not.toMatch(/Paracet/);

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      SCREENSHOT.replace(/\.png$/, ''),
    ]);

    const audit = await t.backend.conn.db
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('patient_id', '=', patientId)
      .where('action', '=', 'prescription.print')
      .execute();
    expect(audit).toHaveLength(1);
    const detail = JSON.parse(audit[0]?.detail ?? '{}') as { locked: number; prescriptions: string[] };
    expect(detail.locked).toBe(1);
    expect(detail.prescriptions).toHaveLength(2);

    const sekretaer = await c.sekretaer('prescriptions.print', { patientId });
    expect(sekretaer.ok).toBe(false);
  });
});
