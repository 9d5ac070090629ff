import { X509Certificate } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { hprNummerOfCertificate } from '../../electron/integrations/messages/prescriber-certificate';
import { parseM1Message } from '../../electron/integrations/messages/m1.parser';
import { verifyMsgHeadSignature } from '../../electron/integrations/messages/xmldsig.verifier';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { ErrorCode } from '../../shared/api/error-codes';
import { useTempDir } from '../support/temp-dir';
import { value } from '../support/clinic';
import { prescribingClinic, type PrescribingClinic } from './prescribing-clinic';

const now = new Date('2026-11-22T09:00:00Z');

describe('prescriptions.issue', () => {
  const tempDir = useTempDir();
  let t: PrescribingClinic | undefined;
  afterEach(async () => {
    await t?.backend.close();
    t = undefined;
  });

  async function outbox() {
    return t!.backend.conn.db.selectFrom('outbox_messages').selectAll().orderBy('created_at').execute();
  }

  it('stores a hvit resept as klar and writes exactly one signed M1 that validates against the XSD', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const issued = value(
      await t.c.lege1('prescriptions.issue', await t.draft('Paracet', { bruksomrade: 'Mot smerter' })),
    );
    expect(issued.prescription.status).toBe('klar');
    expect(issued.prescription.expiresOn).toBe('2027-11-22');
    expect(issued.prescription.drug.atcCode).toBe('N02BE01');

    const rows = await outbox();
    expect(rows).toHaveLength(1);
    const [m1] = rows;
    expect(m1).toMatchObject({
      kind: 'ERM1',
      msg_id: issued.prescription.reseptId,
      receiver_her_id: '80624',
      subject_type: 'prescription',
      subject_id: issued.prescription.id,
      status: 'pending',
    });
    const validator = await createMessageValidator();
    expect(validator.validate(m1!.payload)).toEqual({ valid: true });
    const signature = verifyMsgHeadSignature(m1!.payload, now);
    expect(signature.status).toBe('valid');
    if (signature.status === 'valid') expect(hprNummerOfCertificate(signature.certificate)).toBe('1000001');
    const parsed = parseM1Message(m1!.payload);
    expect(parsed.reseptId).toBe(issued.prescription.reseptId);
    expect(parsed.head.sender.herId).toBe('81234');
    expect(parsed.head.sender.professional?.hprNummer).toBe('1000001');
    expect(parsed.prescription.dosingText).toBe('1 tablett daglig');
    expect(parsed.prescription.expiresOn).toBe('2027-11-22');
  });

  it('audits the issue and the list with the patient, and lists the prescription as the patient medicine', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const issued = value(await t.c.lege1('prescriptions.issue', await t.draft('Paracet')));
    const list = value(await t.c.lege1('prescriptions.list', { patientId: t.patientId }));
    expect(list.map((p) => p.id)).toEqual([issued.prescription.id]);
    expect(list[0]?.current).toBe(true);
    const audit = await t.backend.conn.db
      .selectFrom('audit_events')
      .select(['action', 'patient_id', 'entity_id'])
      .where('action', 'like', 'prescription.%')
      .execute();
    expect(audit).toEqual([
      { action: 'prescription.issue', patient_id: t.patientId, entity_id: issued.prescription.id },
      { action: 'prescription.list', patient_id: t.patientId, entity_id: null },
    ]);
  });

  it('refuses the helsesekretær every prescription call', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const draft = await t.draft('Paracet');
    for (const result of [
      await t.c.sekretaer('prescriptions.check', draft),
      await t.c.sekretaer('prescriptions.issue', draft),
      await t.c.sekretaer('prescriptions.list', { patientId: t.patientId }),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe(ErrorCode.forbidden);
    }
    expect(await outbox()).toHaveLength(0);
  });

  it('gives each lege a test certificate with the HPR-nummer when created, and makes one lazily if missing', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const db = t.backend.conn.db;
    const certs = await db.selectFrom('prescriber_certificates').select(['user_id', 'certificate_pem']).execute();
    expect(certs.map((c) => c.user_id).sort()).toEqual([t.c.ids.lege1, t.c.ids.lege2].sort());
    const cert = new X509Certificate(certs.find((c) => c.user_id === t!.c.ids.lege2)!.certificate_pem);
    expect(hprNummerOfCertificate(cert)).toBe('1000002');

    await db.deleteFrom('prescriber_certificates').where('user_id', '=', t.c.ids.lege2).execute();
    value(await t.c.lege2('prescriptions.issue', await t.draft('Paracet')));
    const again = await db
      .selectFrom('prescriber_certificates')
      .select('hpr_number')
      .where('user_id', '=', t.c.ids.lege2)
      .executeTakeFirst();
    expect(again?.hpr_number).toBe('1000002');
  });

  it('never edits a stored prescription: only its state may change', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const issued = value(await t.c.lege1('prescriptions.issue', await t.draft('Paracet')));
    const db = t.backend.conn.db;
    await expect(
      db.updateTable('prescriptions').set({ dssn: '2 tabletter' }).where('id', '=', issued.prescription.id).execute(),
    ).rejects.toThrow(/never edited/);
    await expect(db.deleteFrom('prescriptions').where('id', '=', issued.prescription.id).execute()).rejects.toThrow(
      /never deleted/,
    );
    await db
      .updateTable('prescriptions')
      .set({ status: 'registrert', status_at: now.toISOString() })
      .where('id', '=', issued.prescription.id)
      .execute();
  });

  it('keeps the drug as the catalogue described it when prescribed, whatever the catalogue says later', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const issued = value(await t.c.lege1('prescriptions.issue', await t.draft('Paracet')));
    await t.backend.conn.db.updateTable('drug_products').set({ name: 'Endret navn' }).execute();
    const [listed] = value(await t.c.lege1('prescriptions.list', { patientId: t.patientId }));
    expect(listed?.drug.name).toBe(issued.prescription.drug.name);
    expect(listed?.drug.name).toBe('Paracet');
  });
});
