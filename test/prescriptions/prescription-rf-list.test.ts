/**
 * "Hent reseptliste fra RF": the doctor's M9.5 goes through the outbox and the real delivery worker to the simulated
 * reseptformidler over loopback; RF's M9.6 comes back through the inbox, and the legemiddelliste shows every
 * prescription RF holds for the patient, with status and last dispensing, ours told apart from other prescribers'.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outgoingOfKind } from '../../db/repositories/prescriptions.repository';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { parseM95Message } from '../../electron/integrations/messages/m95.parser';
import { startReseptformidler } from '../../simulators/reseptformidler/reseptformidler';
import { m1, OTHER_CLINIC } from '../simulators/rf-messages';
import { tnr } from '../support/people';
import { useTempDir } from '../support/temp-dir';
import { value } from '../support/clinic';
import { prescribingClinic, type PrescribingClinic } from './prescribing-clinic';

async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the reseptliste from RF (M9.5 → M9.6)', () => {
  const tempDir = useTempDir();
  let t: PrescribingClinic | undefined;
  let rf: Awaited<ReturnType<typeof startReseptformidler>> | undefined;
  afterEach(async () => {
    await t?.backend.close();
    await rf?.close();
    t = undefined;
    rf = undefined;
  });

  it('merges other prescribers’ prescriptions with status and last dispensing into the legemiddelliste', async () => {
    const dir = tempDir();
    rf = await startReseptformidler({ port: 0, dataDir: path.join(dir, 'rf') });
    t = await prescribingClinic(dir, () => new Date(), { reseptformidlerUrl: rf.url, intervalMs: 100 });
    const { c, patientId } = t;
    const fnr = tnr('1968-05-14', 'female');
    const today = new Date().toISOString().slice(0, 10);

    // Another clinic's doctor prescribed for the same patient; the pharmacy has dispensed it.
    const theirs = m1({
      today,
      sender: OTHER_CLINIC,
      patient: { familyName: 'Nordmann', givenName: 'Kari', ident: { id: fnr, type: 'FNR' } },
    });
    const posted = await fetch(`${rf.url}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml; charset=utf-8' },
      body: theirs.xml,
    });
    expect(posted.status).toBe(202);
    const dispensed = await fetch(`${rf.url}/pharmacy/dispense`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identityNumber: fnr, reseptId: theirs.msgId }),
    });
    expect(dispensed.status).toBe(201);

    // And our own, registered in RF.
    const ours = value(await c.lege1('prescriptions.issue', await t.draft('Norvasc'))).prescription;
    await eventually(
      () => c.lege1('prescriptions.list', { patientId }).then(value),
      (l) => l[0]?.status === 'registrert',
    );

    expect(value(await c.lege1('prescriptions.rfList', { patientId })).state).toBe('none');
    const asked = value(await c.lege1('prescriptions.requestRfList', { patientId }));
    expect(asked).toMatchObject({ state: 'pending', items: [] });

    // The M9.5 in the outbox is valid and searches by the patient's fødselsnummer.
    const [m95] = await outgoingOfKind(t.backend.conn.db, 'ERM95');
    expect((await createMessageValidator()).validate(m95?.payload ?? '')).toEqual({ valid: true });
    expect(parseM95Message(m95?.payload ?? '').request).toMatchObject({ fnr, allPrescriptions: true });

    const list = await eventually(
      () => c.lege1('prescriptions.rfList', { patientId }).then(value),
      (l) => l.state === 'received',
    );
    expect(list.state).toBe('received');
    expect(list.items).toHaveLength(2);
    const other = list.items.find((i) => i.reseptId === theirs.msgId);
    expect(other).toMatchObject({
      prescriptionId: null,
      prescriber: { name: 'Nina Lie', hprNumber: '565503019', organisation: 'Nordbyen legekontor' },
      packagesDispensed: 1,
    });
    expect(other?.lastDispensedAt).toBeTruthy();
    expect(other?.statusLabel).toMatch(/\S/);
    expect(other?.drug.nameFormStrength).toMatch(/\S/);
    const mine = list.items.find((i) => i.reseptId === ours.reseptId);
    expect(mine).toMatchObject({ prescriptionId: ours.id, statusCode: 'E', statusLabel: 'Ekspederbar' });

    // Reading and asking are audited with the patient.
    const audit = await t.backend.conn.db
      .selectFrom('audit_events')
      .select('action')
      .where('patient_id', '=', patientId)
      .where('action', 'like', 'prescription.rfList%')
      .execute();
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set(['prescription.rfList.request', 'prescription.rfList.read']),
    );
  });

  it('refuses with a Norwegian message a patient RF cannot search for, and a helsesekretær', async () => {
    t = await prescribingClinic(tempDir(), () => new Date());
    const sekretaer = await t.c.sekretaer('prescriptions.requestRfList', { patientId: t.patientId });
    expect(sekretaer.ok).toBe(false);
    const hnr = value(
      await t.c.sekretaer('patients.register', {
        givenName: 'Anna',
        familyName: 'Müller',
        birthDate: '1980-05-17',
        sex: 'female',
      }),
    ).id;
    const refused = await t.c.lege1('prescriptions.requestRfList', { patientId: hnr });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('PRESCRIPTION_LIST_NO_SEARCH_KEY');
      expect(refused.error.message).toMatch(
        /^Reseptformidleren søker på fødselsnummer, D-nummer eller referansenummer/,
      );
    }
  });
});
