import { describe, expect, it } from 'vitest';
import { parseM52Message } from '../../electron/integrations/messages/m52.parser';
import { parseM96Message } from '../../electron/integrations/messages/m96.parser';
import { parseM42Message } from '../../electron/integrations/messages/m42.parser';
import { useTestRf, TEST_TODAY, type TestRf } from './rf-harness';
import { CLINIC, OTHER_DOCTOR, OTHER_PATIENT, PATIENT_FNR, m1, m41, m5, m95 } from './rf-messages';

const start = useTestRf();

async function register(t: TestRf, message: { msgId: string; xml: string }): Promise<string> {
  await t.client.post(message.xml);
  expect((await t.appRecFor(message.msgId)).status.code).toBe('1');
  return message.msgId;
}

async function list(t: TestRf, request: Parameters<typeof m95>[0], sender = CLINIC) {
  const message = m95(request, sender);
  await t.client.post(message.xml);
  const answers = await t.client.answersTo(sender.herId, message.msgId);
  expect(answers.map((a) => a.kind).sort()).toEqual(['AppRec', 'ERM96']);
  return parseM96Message(answers.find((a) => a.kind === 'ERM96')?.xml ?? '');
}

describe('the simulated reseptformidler: tilbakekalling (M5 → M5.2)', () => {
  it('revokes a prescription and answers with an M5.2 "Resept tilbakekalt"', async () => {
    const t = await start();
    const reseptId = await register(t, m1({ today: TEST_TODAY }));
    const revocation = m5({ reseptId, reason: '2', note: 'Seponert etter kontroll' });
    await t.client.post(revocation.xml);
    const answers = await t.client.answersTo(CLINIC.herId, revocation.msgId);
    expect(answers.map((a) => a.kind).sort()).toEqual(['AppRec', 'ERM52']);
    const receipt = parseM52Message(answers.find((a) => a.kind === 'ERM52')?.xml ?? '');
    expect(receipt.reseptId).toBe(reseptId);
    expect(receipt.status).toMatchObject({ code: '1', displayName: 'Resept tilbakekalt' });
    expect(receipt.head.conversationRef?.refToParent).toBe(revocation.msgId);
    expect(await t.client.prescriptions()).toEqual([
      expect.objectContaining({ reseptId, state: 'tilbakekalt', listStatus: 'T' }),
    ]);
  });

  it('rejects a revocation of a prescription RF does not have', async () => {
    const t = await start();
    const revocation = m5({ reseptId: '0195a1b2-0000-7000-8000-00000000dead', reason: '4' });
    await t.client.post(revocation.xml);
    const appRec = await t.appRecFor(revocation.msgId);
    expect(appRec.errors[0]).toMatchObject({
      code: 'X99',
      originalText: 'Reseptformidleren har ingen resept med ReseptId 0195a1b2-0000-7000-8000-00000000dead.',
    });
  });
});

describe('the simulated reseptformidler: reseptliste (M9.5 → M9.6)', () => {
  it('lists the patient’s prescriptions with each M1 attached as it was sent', async () => {
    const t = await start();
    const first = m1({ today: TEST_TODAY });
    const second = m1({ today: TEST_TODAY, sender: OTHER_DOCTOR });
    await register(t, first);
    await register(t, second);
    await register(t, m1({ today: TEST_TODAY, patient: OTHER_PATIENT }));
    const reseptliste = await list(t, {});
    expect(reseptliste.patient).toEqual({ fnr: PATIENT_FNR, otherFnr: [] });
    expect(reseptliste.patientReservation).toBe(false);
    expect(reseptliste.lockedPrescriptionsExist).toBe(false);
    expect(reseptliste.items.map((i) => [i.reseptId, i.status.code])).toEqual([
      [first.msgId, 'E'],
      [second.msgId, 'E'],
    ]);
    expect(reseptliste.attachments.map((a) => a.xml)).toEqual([first.xml, second.xml]);
  });

  it('lists only the blocked prescriber’s own prescriptions when the patient has blocked them', async () => {
    const t = await start();
    const mine = await register(t, m1({ today: TEST_TODAY }));
    const theirs = await register(t, m1({ today: TEST_TODAY, sender: OTHER_DOCTOR }));
    const block = { patient: PATIENT_FNR, hprNummer: OTHER_DOCTOR.professional?.hprNummer };
    expect((await t.client.json('POST', '/admin/blocks', block)).status).toBe(200);

    const seenByBlocked = await list(t, {}, OTHER_DOCTOR);
    expect(seenByBlocked.patientReservation).toBe(true);
    expect(seenByBlocked.items.map((i) => i.reseptId)).toEqual([theirs]);

    const seenByOther = await list(t, {});
    expect(seenByOther.patientReservation).toBe(false);
    expect(seenByOther.items.map((i) => i.reseptId)).toEqual([mine, theirs]);

    await t.client.json('POST', '/admin/blocks', { ...block, blocked: false });
    expect((await list(t, {}, OTHER_DOCTOR)).items).toHaveLength(2);
  });

  it('shows a låst resept only to whoever gives its referansenummer, and flags that one exists', async () => {
    const t = await start();
    const request = m41(1);
    await t.client.post(request.xml);
    const m42 = (await t.client.answersTo(CLINIC.herId, request.msgId)).find((a) => a.kind === 'ERM42');
    const [refNr] = parseM42Message(m42?.xml ?? '').referansenumre;
    const open = await register(t, m1({ today: TEST_TODAY }));
    const locked = await register(t, m1({ today: TEST_TODAY, prescription: { locked: true, referansenummer: refNr } }));

    const byFnr = await list(t, {});
    expect(byFnr.items.map((i) => i.reseptId)).toEqual([open]);
    expect(byFnr.lockedPrescriptionsExist).toBe(true);

    const withRefNr = await list(t, { referansenumre: [refNr ?? ''] });
    expect(withRefNr.items.map((i) => i.reseptId).sort()).toEqual([open, locked].sort());
    expect(withRefNr.lockedPrescriptionsExist).toBe(false);
  });

  it('leaves out prescriptions that are no longer ekspederbare unless all are asked for', async () => {
    const t = await start();
    const active = await register(t, m1({ today: TEST_TODAY }));
    const revoked = await register(t, m1({ today: TEST_TODAY }));
    await t.client.post(m5({ reseptId: revoked, reason: '2' }).xml);
    expect((await list(t, { allPrescriptions: false })).items.map((i) => i.reseptId)).toEqual([active]);
    const all = await list(t, { allPrescriptions: true });
    expect(all.items.find((i) => i.reseptId === revoked)).toMatchObject({
      status: { code: 'T' },
      revocationReason: { code: '2', displayName: 'Seponering' },
    });
  });

  it('expires a prescription the day after its Utloper', async () => {
    const t = await start();
    const reseptId = await register(t, m1({ today: TEST_TODAY, prescription: { expiresOn: '2026-03-12' } }));
    t.setNow('2026-03-12T20:00:00Z');
    expect((await list(t, {})).items.map((i) => i.status.code)).toEqual(['E']);
    t.setNow('2026-03-13T08:00:00Z');
    expect((await list(t, {})).items.map((i) => i.status.code)).toEqual(['F']);
    expect(await t.client.prescriptions()).toEqual([expect.objectContaining({ reseptId, state: 'utløpt' })]);
  });

  it('compresses the attachments when the list reaches the Komprimering threshold', async () => {
    const t = await start();
    const first = m1({ today: TEST_TODAY });
    await register(t, first);
    await register(t, m1({ today: TEST_TODAY }));
    const message = m95({ compressionThreshold: 2 });
    await t.client.post(message.xml);
    const m96 = (await t.client.answersTo(CLINIC.herId, message.msgId)).find((a) => a.kind === 'ERM96')?.xml ?? '';
    expect(m96).not.toContain(Buffer.from('<?xml').toString('base64').slice(0, 6));
    expect(parseM96Message(m96).attachments[0]?.xml).toBe(first.xml);
  });

  it('says why nothing was found: no prescription, an invalid fødselsnummer, an unknown referansenummer', async () => {
    const t = await start();
    expect((await list(t, {})).searchStatus).toMatchObject({ code: '4' });
    expect((await list(t, { fnr: '15838912484' })).searchStatus).toMatchObject({ code: '2' });
    expect((await list(t, { fnr: undefined, referansenumre: ['300000000016'] })).searchStatus).toMatchObject({
      code: '1',
    });
  });
});
