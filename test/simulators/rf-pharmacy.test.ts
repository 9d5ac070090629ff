import { describe, expect, it } from 'vitest';
import { parseM10Message } from '../../electron/integrations/messages/m10.parser';
import { parseM42Message } from '../../electron/integrations/messages/m42.parser';
import { parseM6Message } from '../../electron/integrations/messages/m6.parser';
import { parseM96Message } from '../../electron/integrations/messages/m96.parser';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { useTestRf, TEST_TODAY, type TestRf } from './rf-harness';
import { CLINIC, PATIENT_FNR, m1, m41, m5, m95 } from './rf-messages';

const start = useTestRf();

async function register(t: TestRf, message: { msgId: string; xml: string }): Promise<string> {
  await t.client.post(message.xml);
  expect((await t.appRecFor(message.msgId)).status.code).toBe('1');
  return message.msgId;
}

describe('the simulated reseptformidler: the pharmacy side (M10 → M6)', () => {
  it('dispenses by fødselsnummer and ReseptId, records the M10 and sends the prescriber an M6', async () => {
    const t = await start();
    const reseptId = await register(t, m1({ today: TEST_TODAY }));
    const dispensed = await t.client.json('POST', '/pharmacy/dispense', { identityNumber: PATIENT_FNR, reseptId });
    expect(dispensed).toMatchObject({ status: 201, body: { reseptId, closed: true, dispensingsLeft: 0 } });
    const { m10MsgId, m6MsgId } = dispensed.body as { m10MsgId: string; m6MsgId: string };

    const inbox = await t.client.inbox(CLINIC.herId);
    expect(inbox).toEqual([expect.objectContaining({ msgId: m6MsgId, kind: 'ERM6', inReplyTo: reseptId })]);
    const m6 = parseM6Message(inbox[0]?.xml ?? '');
    expect(m6).toMatchObject({
      reseptId,
      dispensedOn: TEST_TODAY,
      completed: true,
      referanseM10: m10MsgId,
      pharmacy: { herId: '8142600', name: 'Fjordheim apotek' },
      dispensed: { numberOfPackages: 1, drug: { kind: 'package', varenr: '012345' } },
    });
    expect(m6.head.receiver.professional?.hprNummer).toBe(CLINIC.professional?.hprNummer);

    const records = (await t.client.json('GET', `/admin/dispensings?reseptId=${reseptId}`)).body as Array<{
      m10Xml: string;
    }>;
    const validator = await createMessageValidator();
    expect(validator.validate(records[0]?.m10Xml ?? '')).toEqual({ valid: true });
    expect(parseM10Message(records[0]?.m10Xml ?? '')).toMatchObject({ reseptId, head: { msgId: m10MsgId } });
    expect(await t.client.prescriptions()).toEqual([expect.objectContaining({ state: 'utlevert', listStatus: 'R' })]);
  });

  it('dispenses a låst resept only against its referansenummer', async () => {
    const t = await start();
    const request = m41(1);
    await t.client.post(request.xml);
    const m42 = (await t.client.answersTo(CLINIC.herId, request.msgId)).find((a) => a.kind === 'ERM42');
    const [refNr] = parseM42Message(m42?.xml ?? '').referansenumre;
    const reseptId = await register(
      t,
      m1({ today: TEST_TODAY, prescription: { locked: true, referansenummer: refNr } }),
    );

    expect(await t.client.json('POST', '/pharmacy/dispense', { identityNumber: PATIENT_FNR, reseptId })).toEqual({
      status: 409,
      body: { error: 'LOCKED', message: 'Resepten er låst og kan bare utleveres mot referansenummeret.' },
    });
    expect(await t.client.json('POST', '/pharmacy/dispense', { referansenummer: refNr })).toMatchObject({
      status: 201,
      body: { reseptId },
    });
    expect((await t.client.inbox(CLINIC.herId)).map((i) => i.kind)).toEqual(['ERM6']);
  });

  it('allows 1 + reit dispensings and shows them summed in the M9.6', async () => {
    const t = await start();
    const reseptId = await register(t, m1({ today: TEST_TODAY, prescription: { reit: 1 } }));
    const body = { identityNumber: PATIENT_FNR, reseptId };
    expect((await t.client.json('POST', '/pharmacy/dispense', body)).body).toMatchObject({ dispensingsLeft: 1 });
    expect((await t.client.json('POST', '/pharmacy/dispense', { ...body, packages: 2 })).body).toMatchObject({
      closed: true,
    });
    expect(await t.client.json('POST', '/pharmacy/dispense', body)).toMatchObject({
      status: 409,
      body: { message: 'Resepten er ferdig ekspedert.' },
    });
    const request = m95({});
    await t.client.post(request.xml);
    const m96 = (await t.client.answersTo(CLINIC.herId, request.msgId)).find((a) => a.kind === 'ERM96');
    expect(parseM96Message(m96?.xml ?? '').items[0]).toMatchObject({
      status: { code: 'R' },
      pharmacyName: 'Fjordheim apotek',
      dispensings: [{ varenr: '012345', packagesTotal: 3, packagesLast: 2 }],
    });
  });

  it('refuses to dispense a revoked or an expired prescription, in Norwegian', async () => {
    const t = await start();
    const revoked = await register(t, m1({ today: TEST_TODAY }));
    await t.client.post(m5({ reseptId: revoked, reason: '2' }).xml);
    expect(
      await t.client.json('POST', '/pharmacy/dispense', { identityNumber: PATIENT_FNR, reseptId: revoked }),
    ).toEqual({ status: 409, body: { error: 'NOT_DISPENSABLE', message: 'Resepten er tilbakekalt.' } });
    const expiring = await register(t, m1({ today: TEST_TODAY, prescription: { expiresOn: '2026-03-05' } }));
    t.setNow('2026-03-06T09:00:00Z');
    expect(
      await t.client.json('POST', '/pharmacy/dispense', { identityNumber: PATIENT_FNR, reseptId: expiring }),
    ).toEqual({ status: 409, body: { error: 'NOT_DISPENSABLE', message: 'Resepten er utløpt (2026-03-05).' } });
    expect(await t.client.json('POST', '/pharmacy/dispense', { referansenummer: '300000000016' })).toMatchObject({
      status: 404,
    });
  });
});
