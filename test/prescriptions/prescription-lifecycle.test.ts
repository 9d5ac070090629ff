import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedAppRec } from '../../electron/integrations/messages/apprec.types';
import { parseM1Message } from '../../electron/integrations/messages/m1.parser';
import { buildM42Message } from '../../electron/integrations/messages/m42.builder';
import { buildM52Message } from '../../electron/integrations/messages/m52.builder';
import { parseM5Message } from '../../electron/integrations/messages/m5.parser';
import { buildM6Message } from '../../electron/integrations/messages/m6.builder';
import type { MsgHeadInput } from '../../electron/integrations/messages/msghead.types';
import { verifyMsgHeadSignature } from '../../electron/integrations/messages/xmldsig.verifier';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { createPrescriptionDeliveryHooks } from '../../electron/services/prescriptions/prescription-delivery-hooks';
import { useTempDir } from '../support/temp-dir';
import { value } from '../support/clinic';
import { prescribingClinic, type PrescribingClinic } from './prescribing-clinic';

const now = new Date('2026-11-22T09:00:00Z');

function fromRf(): Omit<MsgHeadInput, 'type'> {
  return {
    msgId: randomUUID(),
    genDate: now.toISOString(),
    sender: { name: 'Reseptformidleren', herId: '80624', organisationNumber: '915933149' },
    receiver: { name: 'Fjordbyen legesenter', herId: '81234', organisationNumber: '974760673' },
  };
}

function appRec(code: '1' | '2', msgId: string, errors: ParsedAppRec['errors'] = []): ParsedAppRec {
  const party = { institution: { name: 'x', id: '80624', idType: 'HER' } };
  return {
    version: '1.1',
    id: randomUUID(),
    genDate: now.toISOString(),
    sender: party,
    receiver: party,
    status: { code },
    errors,
    originalMessage: { type: { code: 'ERM1' }, issueDate: now.toISOString(), msgId },
  };
}

describe('prescription lifecycle', () => {
  const tempDir = useTempDir();
  let t: PrescribingClinic | undefined;
  afterEach(async () => {
    await t?.backend.close();
    t = undefined;
  });

  async function outbox(kind?: string) {
    let q = t!.backend.conn.db.selectFrom('outbox_messages').selectAll();
    if (kind) q = q.where('kind', '=', kind);
    return q.orderBy('created_at').execute();
  }

  it('pre-fills the § 2 refusjonskode from the journal and sends it on the blå resept', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const { c, patientId } = t;
    const note = value(await c.lege1('journal.start', { patientId, contactType: 'oppmote' }));
    value(
      await c.lege1('journal.saveDraft', {
        noteId: note.id,
        versionId: note.current.id,
        fields: { reasonForContact: 'Kontroll', anamnese: '', funn: 'BT 162/98', vurdering: '', tiltak: '' },
        diagnoses: [{ system: 'ICPC-2', code: 'K86', isMain: true, isLasting: true }],
        measurements: [],
      }),
    );
    value(await c.lege1('journal.sign', { noteId: note.id, versionId: note.current.id }));

    const draft = await t.draft('Norvasc', { kind: 'bla', reit: 3, refund: { hjemmel: '2' } });
    const checked = value(await c.lege1('prescriptions.check', draft));
    expect(checked.refund.hjemler).toContain('2');
    expect(checked.refund.suggestedCode).toMatchObject({ system: 'ICPC-2', code: 'K86' });
    expect(checked.findings.map((f) => f.id)).toEqual(['regel:bla-p2-uten-kode']);

    const issued = value(
      await c.lege1('prescriptions.issue', {
        ...draft,
        refund: { hjemmel: '2', code: { system: 'ICPC-2', code: 'K86' } },
      }),
    );
    expect(issued.prescription.refund).toMatchObject({ hjemmel: '200', code: { system: 'ICPC-2', code: 'K86' } });
    const [m1] = await outbox('ERM1');
    expect((await createMessageValidator()).validate(m1!.payload)).toEqual({ valid: true });
    expect(parseM1Message(m1!.payload).prescription.refund).toMatchObject({
      hjemmel: '200',
      code: { system: 'ICPC-2', code: 'K86' },
    });
  });

  it('refuses a låst resept when the referansenummer pool is empty, asks RF once, and uses the numbers from M4.2', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const draft = await t.draft('Lipitor', { locked: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await t.c.lege1('prescriptions.issue', draft);
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe('PRESCRIPTION_NO_REFERENCE_NUMBERS');
        expect(refused.error.message).toMatch(/^Det er ingen ledige referansenumre for låste resepter/);
      }
    }
    const requests = await outbox('ERM41');
    expect(requests).toHaveLength(1);
    expect((await createMessageValidator()).validate(requests[0]!.payload)).toEqual({ valid: true });
    expect(await outbox('ERM1')).toHaveLength(0);

    const hooks = createPrescriptionDeliveryHooks(t.backend.conn.db);
    const m42 = buildM42Message({ envelope: fromRf(), referansenumre: ['300000000017', '300000000025'] });
    expect(await hooks.onIncoming(undefined, { kind: 'ERM42', msgId: 'm42-1', payload: m42 }, now)).toBe(true);

    const issued = value(await t.c.lege1('prescriptions.issue', draft));
    expect(issued.prescription.locked).toBe(true);
    expect(issued.prescription.referenceNumber).toBe('300000000017');
    const [m1] = await outbox('ERM1');
    expect(parseM1Message(m1!.payload).prescription).toMatchObject({ locked: true, referansenummer: '300000000017' });
    const pool = await t.backend.conn.db.selectFrom('reference_number_pool').selectAll().orderBy('number').execute();
    expect(pool.map((p) => p.used_by)).toEqual([issued.prescription.id, null]);
  });

  it('gives a patient with only the clinic H-nummer a låst resept with referansenummer, never the H-nummer', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const patientId = value(
      await t.c.sekretaer('patients.register', {
        givenName: 'Ola',
        familyName: 'Uten Nummer',
        birthDate: '1990-02-03',
        sex: 'male',
      }),
    ).id;
    const hooks = createPrescriptionDeliveryHooks(t.backend.conn.db);
    const m42 = buildM42Message({ envelope: fromRf(), referansenumre: ['300000000033'] });
    await hooks.onIncoming(undefined, { kind: 'ERM42', msgId: 'm42-2', payload: m42 }, now);

    const unlocked = await t.c.lege1('prescriptions.issue', await t.draft('Paracet', { patientId }));
    expect(unlocked.ok).toBe(false);
    if (!unlocked.ok) expect(unlocked.error.message).toContain('Resepten må være låst og får et referansenummer');

    const issued = value(await t.c.lege1('prescriptions.issue', await t.draft('Paracet', { patientId, locked: true })));
    const [m1] = await outbox('ERM1');
    expect((await createMessageValidator()).validate(m1!.payload)).toEqual({ valid: true });
    const parsed = parseM1Message(m1!.payload);
    expect(parsed.head.patient?.ident).toBeUndefined();
    expect(parsed.head.patient?.dateOfBirth).toBe('1990-02-03');
    expect(parsed.prescription.referansenummer).toBe(issued.prescription.referenceNumber);
  });

  it('moves the status on RF answers: registrert, avvist with the reason, utlevert after M6', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const hooks = createPrescriptionDeliveryHooks(t.backend.conn.db);
    const a = value(await t.c.lege1('prescriptions.issue', await t.draft('Paracet'))).prescription;
    const b = value(await t.c.lege1('prescriptions.issue', await t.draft('Lipitor'))).prescription;
    const [rowA, rowB] = await outbox('ERM1');
    await hooks.onAnswer(undefined, rowA!, appRec('1', a.reseptId), now);
    await hooks.onAnswer(
      undefined,
      rowB!,
      appRec('2', b.reseptId, [{ code: 'E10', displayName: 'Ugyldig meldingsinnhold', originalText: 'Mangler HPR' }]),
      now,
    );
    let list = value(await t.c.lege1('prescriptions.list', { patientId: t.patientId }));
    expect(list.find((p) => p.id === a.id)).toMatchObject({
      status: 'registrert',
      statusLabel: 'Registrert i reseptformidleren',
    });
    expect(list.find((p) => p.id === b.id)).toMatchObject({
      status: 'avvist',
      rejectionReason: 'Ugyldig meldingsinnhold: Mangler HPR',
      current: false,
    });

    const m6 = buildM6Message({
      envelope: fromRf(),
      dispensing: {
        reseptId: a.reseptId,
        dispensedOn: '2026-11-23',
        annulment: false,
        dispenser: { herId: '90001', name: 'Apotek 1 Testbyen' },
      },
      referanseM10: randomUUID(),
    });
    expect(await hooks.onIncoming(undefined, { kind: 'ERM6', msgId: 'm6-1', payload: m6 }, now)).toBe(true);
    list = value(await t.c.lege1('prescriptions.list', { patientId: t.patientId }));
    expect(list.find((p) => p.id === a.id)).toMatchObject({ status: 'utlevert', lastDispensedAt: '2026-11-23' });
    // A late, repeated AppRec never undoes utlevert.
    await hooks.onAnswer(undefined, rowA!, appRec('1', a.reseptId), now);
    list = value(await t.c.lege1('prescriptions.list', { patientId: t.patientId }));
    expect(list.find((p) => p.id === a.id)?.status).toBe('utlevert');
  });

  it('revokes with a signed M5 and becomes tilbakekalt only on M5.2', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const issued = value(await t.c.lege1('prescriptions.issue', await t.draft('Paracet'))).prescription;
    const revoked = value(
      await t.c.lege1('prescriptions.revoke', { prescriptionId: issued.id, reason: 'Seponert, bivirkninger' }),
    );
    expect(revoked).toMatchObject({ status: 'klar', revokeReason: 'Seponert, bivirkninger', current: false });
    expect(revoked.revokeRequestedAt).not.toBeNull();
    const [m5] = await outbox('ERM5');
    expect(m5).toMatchObject({ subject_type: 'revocation', subject_id: issued.id });
    expect((await createMessageValidator()).validate(m5!.payload)).toEqual({ valid: true });
    expect(verifyMsgHeadSignature(m5!.payload, now).status).toBe('valid');
    expect(parseM5Message(m5!.payload).revocation).toMatchObject({ reseptId: issued.reseptId, reason: '2' });

    const again = await t.c.lege1('prescriptions.revoke', { prescriptionId: issued.id, reason: 'En gang til' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toBe('Resepten er allerede sendt til tilbakekalling.');

    const hooks = createPrescriptionDeliveryHooks(t.backend.conn.db);
    const m52 = buildM52Message({ envelope: fromRf(), receipt: { reseptId: issued.reseptId, status: '1' } });
    expect(await hooks.onIncoming(undefined, { kind: 'ERM52', msgId: 'm52-1', payload: m52 }, now)).toBe(true);
    const [listed] = value(await t.c.lege1('prescriptions.list', { patientId: t.patientId }));
    expect(listed).toMatchObject({ status: 'tilbakekalt', statusLabel: 'Tilbakekalt' });
    expect(listed?.revokedAt).not.toBeNull();
  });

  it('renews with a new M1 that names the old prescription, without warning of a duplicate of itself', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const old = value(await t.c.lege1('prescriptions.issue', await t.draft('Lipitor', { reit: 3 }))).prescription;
    const renewed = value(await t.c.lege1('prescriptions.renew', { prescriptionId: old.id })).prescription;
    expect(renewed).toMatchObject({ renewedFromId: old.id, reit: 3, dssn: old.dssn, status: 'klar' });
    expect(renewed.reseptId).not.toBe(old.reseptId);
    const m1s = await outbox('ERM1');
    expect(m1s.map((m) => m.msg_id)).toEqual([old.reseptId, renewed.reseptId]);
  });
});
