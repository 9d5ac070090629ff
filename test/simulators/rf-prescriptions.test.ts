import { describe, expect, it } from 'vitest';
import { parseM42Message } from '../../electron/integrations/messages/m42.parser';
import { FIRST_REFERANSENUMMER_SERIAL, referansenummerFor } from '../../simulators/reseptformidler/referansenummer';
import { LAST } from '../messages/message-samples';
import { useTestRf, TEST_TODAY } from './rf-harness';
import { CLINIC, OTHER_CLINIC, PATIENT_FNR, VISITOR, m1, m41 } from './rf-messages';

const start = useTestRf();

function errorOf(appRec: { errors: Array<{ code: string; originalText?: string }> }): {
  code: string;
  text: string;
} {
  return { code: appRec.errors[0]?.code ?? '', text: appRec.errors[0]?.originalText ?? '' };
}

async function referenceNumbers(
  t: Awaited<ReturnType<typeof start>>,
  count: number,
  sender = CLINIC,
): Promise<string[]> {
  const request = m41(count, sender);
  expect((await t.client.post(request.xml)).status).toBe(202);
  const answers = await t.client.answersTo(sender.herId, request.msgId);
  expect(answers.map((a) => a.kind).sort()).toEqual(['AppRec', 'ERM42']);
  const m42 = answers.find((a) => a.kind === 'ERM42');
  return parseM42Message(m42?.xml ?? '').referansenumre;
}

describe('the simulated reseptformidler: prescriptions (M1)', () => {
  it('registers a hvit resept and answers AppRec OK in the clinic inbox', async () => {
    const t = await start();
    const message = m1({ today: TEST_TODAY });
    expect(await t.client.post(message.xml)).toEqual({ status: 202, body: { msgId: message.msgId, duplicate: false } });
    const appRec = await t.appRecFor(message.msgId);
    expect(appRec.status.code).toBe('1');
    expect(appRec.errors).toEqual([]);
    expect(appRec.originalMessage).toMatchObject({ msgId: message.msgId, type: { code: 'ERM1' } });
    expect(appRec.receiver.institution).toMatchObject({ id: CLINIC.herId, person: { id: '565501872' } });
    expect(await t.client.prescriptions(PATIENT_FNR)).toEqual([
      expect.objectContaining({ reseptId: message.msgId, state: 'registrert', listStatus: 'E', locked: false }),
    ]);
  });

  it('processes a resent MsgId once and answers it with the same AppRec', async () => {
    const t = await start();
    const message = m1({ today: TEST_TODAY });
    await t.client.post(message.xml);
    const first = await t.client.answersTo(CLINIC.herId, message.msgId);
    expect(await t.client.post(message.xml)).toEqual({ status: 202, body: { msgId: message.msgId, duplicate: true } });
    const again = await t.client.answersTo(CLINIC.herId, message.msgId);
    expect(again).toEqual(first);
    expect(await t.client.prescriptions()).toHaveLength(1);
  });

  it('queues a resent answer once while the first is still waiting in the inbox', async () => {
    const t = await start();
    const message = m1({ today: TEST_TODAY });
    await t.client.post(message.xml);
    await t.client.post(message.xml);
    expect((await t.client.inbox(CLINIC.herId)).filter((i) => i.inReplyTo === message.msgId)).toHaveLength(1);
  });

  it('acks idempotently: an unknown or already acked id changes nothing', async () => {
    const t = await start();
    const message = m1({ today: TEST_TODAY });
    await t.client.post(message.xml);
    const [item] = await t.client.inbox(CLINIC.herId);
    expect(await t.client.ack([item?.msgId ?? ''])).toBe(1);
    expect(await t.client.ack([item?.msgId ?? '', 'no-such-id'])).toBe(0);
    expect(await t.client.inbox(CLINIC.herId)).toEqual([]);
  });

  it('rejects a låst resept without a referansenummer, saying so in Norwegian', async () => {
    const t = await start();
    // The app's builder refuses this, so the XML is edited as a faulty sender would send it.
    const message = m1({ today: TEST_TODAY, prescription: { locked: true, referansenummer: '300000000016' } });
    const xml = message.xml.replace(/<RefNr>[^<]*<\/RefNr>/, '');
    await t.client.post(xml);
    const appRec = await t.appRecFor(message.msgId);
    expect(appRec.status.code).toBe('2');
    expect(errorOf(appRec)).toEqual({
      code: 'X99',
      text: 'Låst resept uten referansenummer (RefNr). Hent referansenummer fra reseptformidleren (M4.1).',
    });
    expect(await t.client.prescriptions()).toEqual([]);
  });

  it('rejects a låst resept whose referansenummer RF never issued', async () => {
    const t = await start();
    const message = m1({
      today: TEST_TODAY,
      prescription: { ...LAST, prescribedOn: TEST_TODAY, expiresOn: '2026-03-12' },
    });
    await t.client.post(message.xml);
    expect(errorOf(await t.appRecFor(message.msgId))).toEqual({
      code: 'X99',
      text: 'Referansenummeret 20260302ABCD er ugyldig (kontrollsifferet stemmer ikke, modulus 11).',
    });
    // Well-formed, with a correct check digit, but never handed out.
    const unissued =
      referansenummerFor(FIRST_REFERANSENUMMER_SERIAL + 5000) ??
      referansenummerFor(FIRST_REFERANSENUMMER_SERIAL + 5001);
    const forged = m1({ today: TEST_TODAY, prescription: { locked: true, referansenummer: unissued } });
    await t.client.post(forged.xml);
    expect(errorOf(await t.appRecFor(forged.msgId)).text).toBe(
      `Referansenummeret ${unissued} er ikke utstedt av reseptformidleren.`,
    );
  });

  it('issues referansenumre by M4.1 → M4.2 that a låst resept then uses, once', async () => {
    const t = await start();
    const numbers = await referenceNumbers(t, 3);
    expect(numbers).toHaveLength(3);
    expect(new Set(numbers).size).toBe(3);
    for (const refNr of numbers) expect(refNr).toMatch(/^\d{12}$/);

    const locked = m1({ today: TEST_TODAY, prescription: { locked: true, referansenummer: numbers[0] } });
    await t.client.post(locked.xml);
    expect((await t.appRecFor(locked.msgId)).status.code).toBe('1');
    expect(await t.client.prescriptions()).toEqual([
      expect.objectContaining({ reseptId: locked.msgId, locked: true, refNr: numbers[0] }),
    ]);

    const reuse = m1({ today: TEST_TODAY, prescription: { locked: true, referansenummer: numbers[0] } });
    await t.client.post(reuse.xml);
    expect(errorOf(await t.appRecFor(reuse.msgId)).text).toBe(
      `Referansenummeret ${numbers[0]} er allerede brukt på en annen resept.`,
    );
  });

  it('refuses a referansenummer issued to another clinic', async () => {
    const t = await start();
    const [theirs] = await referenceNumbers(t, 1, OTHER_CLINIC);
    const message = m1({ today: TEST_TODAY, prescription: { locked: true, referansenummer: theirs } });
    await t.client.post(message.xml);
    expect(errorOf(await t.appRecFor(message.msgId)).text).toBe(
      `Referansenummeret ${theirs} er utstedt til en annen virksomhet.`,
    );
  });

  it('registers a låst resept for a patient without a Norwegian number, identified by birth date and sex', async () => {
    const t = await start();
    const [refNr] = await referenceNumbers(t, 1);
    const message = m1({ today: TEST_TODAY, patient: VISITOR, prescription: { locked: true, referansenummer: refNr } });
    await t.client.post(message.xml);
    expect((await t.appRecFor(message.msgId)).status.code).toBe('1');
    expect(await t.client.prescriptions()).toEqual([expect.objectContaining({ patient: null, refNr })]);
  });

  it('rejects a patient without a Norwegian number on an open resept (E36)', async () => {
    const t = await start();
    const message = m1({
      today: TEST_TODAY,
      patient: { ...VISITOR, ident: { id: '12345', type: 'FHN' } },
      prescription: { locked: true, referansenummer: '300000000016' },
    });
    // The app's builder refuses an open resept here, so the XML is edited as a faulty sender would send it.
    const xml = message.xml
      .replace(/<RefNr>[^<]*<\/RefNr>/, '')
      .replace('<LastResept>true</LastResept>', '<LastResept>false</LastResept>');
    await t.client.post(xml);
    expect(errorOf(await t.appRecFor(message.msgId))).toEqual({
      code: 'E36',
      text: 'Pasienten har verken fødselsnummer eller D-nummer: resepten må da være låst med referansenummer.',
    });
  });

  it('rejects a fødselsnummer with wrong check digits (E31)', async () => {
    const t = await start();
    const message = m1({ today: TEST_TODAY });
    await t.client.post(message.xml.replace(PATIENT_FNR, '15838912484'));
    expect(errorOf(await t.appRecFor(message.msgId))).toEqual({
      code: 'E31',
      text: 'FNR 15838912484: Kontrollsifrene stemmer ikke.',
    });
  });

  it('rejects a prescription without the prescriber’s HPR-nummer (E20)', async () => {
    const t = await start();
    const message = m1({ today: TEST_TODAY });
    const xml = message.xml.replace(/<HealthcareProfessional>[\s\S]*<\/HealthcareProfessional>/, '');
    await t.client.post(xml);
    const error = errorOf(await t.appRecFor(message.msgId));
    expect(error.code).toBe('E20');
    expect(error.text).toMatch(/^Rekvirentens HPR-nummer mangler/);
  });

  it('rejects a prescription that has expired by the time it arrives', async () => {
    const t = await start({ now: '2026-04-01T10:00:00Z' });
    const message = m1({ today: '2026-03-01', prescription: { expiresOn: '2026-03-11' } });
    await t.client.post(message.xml);
    expect(errorOf(await t.appRecFor(message.msgId)).text).toBe(
      'Resepten var utløpt da den kom fram (Utloper 2026-03-11).',
    );
  });
});

describe('the simulated reseptformidler: what it refuses at the door', () => {
  it('answers 400 to a body that is not XML, and to XML that is not a MsgHead', async () => {
    const t = await start();
    expect(await t.client.post('hello')).toMatchObject({ status: 400, body: { error: 'not-xml' } });
    expect(await t.client.post('<a/>')).toMatchObject({ status: 400, body: { error: 'not-msghead' } });
  });

  it('rejects a message that breaks the schema with T02 and the schema error', async () => {
    const t = await start();
    const message = m1({ today: TEST_TODAY });
    await t.client.post(message.xml.replace('<Reiterasjon>0</Reiterasjon>', '<Reiterasjon>mange</Reiterasjon>'));
    const error = errorOf(await t.appRecFor(message.msgId));
    expect(error.code).toBe('T02');
    expect(error.text).toMatch(/Reiterasjon/);
  });

  it('rejects a message addressed to someone else (E21), a MsgId that is not a UUID (E10) and an M30 (T10)', async () => {
    const t = await start();
    const misaddressed = m1({ today: TEST_TODAY });
    await t.client.post(misaddressed.xml.replace('<Id>80624</Id>', '<Id>99999</Id>'));
    expect(errorOf(await t.appRecFor(misaddressed.msgId)).code).toBe('E21');

    const badId = m1({ today: TEST_TODAY, msgId: 'resept-1' });
    await t.client.post(badId.xml);
    expect(errorOf(await t.appRecFor('resept-1'))).toEqual({ code: 'E10', text: 'MsgId "resept-1" er ikke en UUID.' });

    const m42 = m41(1);
    await t.client.post(m42.xml.replace('V="ERM41" DN="Forespørsel om referansenummere"', 'V="ERM30" DN="FEST"'));
    expect(errorOf(await t.appRecFor(m42.msgId)).code).toBe('T10');
  });
});
