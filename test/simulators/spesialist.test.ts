import { describe, expect, it } from 'vitest';
import { parseAppRec } from '../../electron/integrations/messages/apprec.parser';
import { parseDialogmelding } from '../../electron/integrations/messages/dialogmelding.parser';
import { parseEpikrise } from '../../electron/integrations/messages/epikrise.parser';
import { buildHenvisningMessage } from '../../electron/integrations/messages/henvisning.builder';
import { kindOfMessage } from '../../electron/integrations/messages/henvisning.kind';
import { createTestCertificate } from '../messages/test-certificate';
import { CLINIC_HER, COPY_HER, PATIENT_FNR, henvisning, useTestSpes } from './spesialist-harness';

const start = useTestSpes();

describe('the simulated specialist service', () => {
  it('answers a henvisning with an AppRec, a Status på henvisning and an epikrise to the referrer and the copy', async () => {
    const t = await start();
    const sent = henvisning();
    expect(await t.client.postMessage(sent.xml)).toEqual({ kind: 'accepted', duplicate: false });

    const inbox = await t.inbox(CLINIC_HER);
    expect(inbox.map((item) => [item.kind, item.inReplyTo])).toEqual([
      ['AppRec', sent.input.msgId],
      ['DIALOG_STATUS_HENVISNING', sent.input.msgId],
      ['EPIKRISE', sent.input.msgId],
    ]);
    const [appRecItem, statusItem, epikriseItem] = inbox;
    const appRec = parseAppRec(appRecItem?.xml ?? '');
    expect(appRec.status.code).toBe('1');
    expect(appRec.originalMessage).toMatchObject({ msgId: sent.input.msgId, type: { code: 'HENVISNING_NYTILSTAND' } });
    expect(appRec.receiver.institution.id).toBe(CLINIC_HER);

    const status = parseDialogmelding(statusItem?.xml ?? '');
    expect(kindOfMessage(statusItem?.xml ?? '').type).toBe('DIALOG_STATUS_HENVISNING');
    expect(status).toMatchObject({
      conversationRef: { refToConversation: sent.input.msgId, refToParent: sent.input.msgId },
      sender: { organisationName: 'Testsykehuset HF', department: { name: 'Revmatologisk poliklinikk' } },
      receiver: { herId: CLINIC_HER },
      patient: { ident: { id: PATIENT_FNR } },
      assessment: {
        status: '1',
        rightToNecessaryCare: true,
        receivedOn: '2026-03-02',
        // Ordinary (8306 N): within 10 working days of receipt.
        deadline: '2026-03-16',
        appointment: { start: '2026-03-13T10:00' },
      },
    });

    const epikrise = parseEpikrise(epikriseItem?.xml ?? '');
    expect(epikrise).toMatchObject({
      requester: { herId: CLINIC_HER },
      copyRecipients: [{ herId: COPY_HER }],
      referral: { referralId: sent.input.referralId },
      patient: { ident: { id: PATIENT_FNR } },
    });
    expect(epikrise.diagnoses.map((d) => d.code)).toEqual(['L88', 'M06.9']);

    const copies = await t.inbox(COPY_HER);
    expect(copies.map((item) => item.kind)).toEqual(['EPIKRISE']);
    const copy = parseEpikrise(copies[0]?.xml ?? '');
    expect(copy.epikriseId).toBe(epikrise.epikriseId);
    expect(copies[0]?.msgId).not.toBe(epikriseItem?.msgId);

    expect(
      await t.client.ack(
        CLINIC_HER,
        inbox.map((item) => item.msgId),
      ),
    ).toBe(3);
    expect(await t.inbox(CLINIC_HER)).toEqual([]);
  });

  it('waits for the configured delays, and POST /admin/advance sends the next answer at once', async () => {
    const t = await start({ assessAfterMs: 3_600_000, epikriseAfterMs: 3_600_000 });
    const sent = henvisning();
    await t.client.postMessage(sent.xml);
    expect((await t.inbox(CLINIC_HER)).map((item) => item.kind)).toEqual(['AppRec']);

    expect(await t.json('POST', '/admin/advance')).toEqual({ status: 200, body: { advanced: 1 } });
    expect((await t.inbox(CLINIC_HER)).map((item) => item.kind)).toEqual(['AppRec', 'DIALOG_STATUS_HENVISNING']);
    expect(t.spes.advance()).toBe(1);
    expect((await t.inbox(CLINIC_HER)).map((item) => item.kind)).toEqual([
      'AppRec',
      'DIALOG_STATUS_HENVISNING',
      'EPIKRISE',
    ]);
    expect(t.spes.advance()).toBe(0);
    const referrals = (await t.json('GET', '/admin/referrals')).body as Array<{ state: string }>;
    expect(referrals.map((r) => r.state)).toEqual(['epikrise']);
  });

  it('sends the answers by itself when the delay has passed', async () => {
    const t = await start({ assessAfterMs: 60_000, epikriseAfterMs: 60_000 });
    await t.client.postMessage(henvisning().xml);
    t.setNow('2026-03-02T10:01:01Z');
    await expect
      .poll(async () => (await t.inbox(CLINIC_HER)).map((item) => item.kind), { timeout: 5_000 })
      .toEqual(['AppRec', 'DIALOG_STATUS_HENVISNING']);
    t.setNow('2026-03-02T10:02:02Z');
    await expect.poll(async () => (await t.inbox(CLINIC_HER)).length, { timeout: 5_000 }).toBe(3);
  });

  it('sets an earlier frist for "haster" and sends no status for øyeblikkelig hjelp (HIS 1206 §2.2)', async () => {
    const t = await start();
    await t.client.postMessage(henvisning({ hastegrad: '3' }).xml);
    const status = (await t.inbox(CLINIC_HER)).find((item) => item.kind === 'DIALOG_STATUS_HENVISNING');
    expect(parseDialogmelding(status?.xml ?? '').assessment?.deadline).toBe('2026-03-09');

    const t2 = await start();
    await t2.client.postMessage(henvisning({ hastegrad: '0' }).xml);
    expect((await t2.inbox(CLINIC_HER)).map((item) => item.kind)).toEqual(['AppRec', 'EPIKRISE']);
  });

  it('rejects a henvisning that breaks the rules, with the reason in Norwegian, and sends nothing more', async () => {
    const t = await start({ assessAfterMs: 0 });
    const noHpr = henvisning();
    // The builder refuses a henvisning without HPR-nummer, so take a valid one and remove both HPR idents.
    const xml = noHpr.xml
      .replace(
        /<Ident><Id>565501872<\/Id><TypeId V="HPR"[^>]*\/><\/Ident>/,
        '<Ident><Id>1</Id><TypeId V="HER" S="2.16.578.1.12.4.1.1.8116" DN="HER-id"/></Ident>',
      )
      .replace(
        /<fk1:Ident><fk1:Id>565501872<\/fk1:Id><fk1:TypeId V="HPR"[^>]*\/><\/fk1:Ident>/,
        '<fk1:Ident><fk1:Id>1</fk1:Id><fk1:TypeId V="HER"/></fk1:Ident>',
      );
    expect(t.validator.validate(xml)).toEqual({ valid: true });
    await t.client.postMessage(xml);

    const badFnr = henvisning();
    await t.client.postMessage(badFnr.xml.replace(/15838912483/g, '15838912484'));

    const noSchema = henvisning();
    await t.client.postMessage(noSchema.xml.replace('<ServType V="N" DN="Ny"/><IssueDate>', '<IssueDate>'));

    const inbox = await t.inbox(CLINIC_HER);
    expect(inbox.map((item) => item.kind)).toEqual(['AppRec', 'AppRec', 'AppRec']);
    const errors = inbox.map((item) => parseAppRec(item.xml)).map((a) => [a.status.code, a.errors[0]?.code]);
    expect(errors).toEqual([
      ['2', 'E20'],
      ['2', 'E31'],
      ['2', 'T02'],
    ]);
    expect(parseAppRec(inbox[0]?.xml ?? '').errors[0]?.originalText).toContain('HPR-nummer mangler');
    expect(t.spes.advance()).toBe(0);
  });

  it('refuses with HTTP 400 what it cannot answer at all', async () => {
    const t = await start();
    expect(await t.client.postMessage('not xml')).toMatchObject({ kind: 'refused', error: 'not-xml' });
    expect(await t.client.postMessage('<x/>')).toMatchObject({ kind: 'refused', error: 'not-msghead' });
  });

  it('takes a re-posted MsgId as a duplicate: the same answers again, never new ones', async () => {
    const t = await start();
    const sent = henvisning();
    await t.client.postMessage(sent.xml);
    const first = await t.inbox(CLINIC_HER);
    await t.client.ack(
      CLINIC_HER,
      first.map((item) => item.msgId),
    );

    expect(await t.client.postMessage(sent.xml)).toEqual({ kind: 'accepted', duplicate: true });
    const again = await t.inbox(CLINIC_HER);
    expect(again.map((item) => item.msgId)).toEqual(first.map((item) => item.msgId));
    expect(t.spes.advance()).toBe(0);
    const referrals = (await t.json('GET', '/admin/referrals')).body as unknown[];
    expect(referrals).toHaveLength(1);
  });

  it('a new MsgId with a DocumentId it already has is rejected: a change must say ServType M', async () => {
    const t = await start();
    const sent = henvisning();
    await t.client.postMessage(sent.xml);
    await t.client.postMessage(henvisning({ referralId: sent.input.referralId }).xml);
    const appRecs = (await t.inbox(CLINIC_HER))
      .filter((item) => item.kind === 'AppRec')
      .map((item) => parseAppRec(item.xml));
    expect(appRecs.map((a) => a.status.code)).toEqual(['1', '2']);
  });

  it('an annullering stops further answers; an endring is taken', async () => {
    const t = await start({ assessAfterMs: 3_600_000 });
    const sent = henvisning();
    const ref = { refToConversation: sent.input.msgId, refToParent: sent.input.msgId };
    await t.client.postMessage(sent.xml);
    const change = henvisning({
      kind: 'endring',
      referralId: sent.input.referralId,
      conversationRef: ref,
      reason: 'Ny opplysning.',
    });
    await t.client.postMessage(change.xml);
    const cancel = henvisning({
      kind: 'annullering',
      referralId: sent.input.referralId,
      conversationRef: ref,
      reason: 'Pasienten er frisk.',
    });
    await t.client.postMessage(cancel.xml);

    const inbox = await t.inbox(CLINIC_HER);
    expect(inbox.map((item) => [item.kind, item.inReplyTo])).toEqual([
      ['AppRec', sent.input.msgId],
      ['AppRec', change.input.msgId],
      ['AppRec', cancel.input.msgId],
    ]);
    expect(inbox.map((item) => parseAppRec(item.xml).status.code)).toEqual(['1', '1', '1']);
    expect(t.spes.advance()).toBe(0);
    const referrals = (await t.json('GET', '/admin/referrals')).body as Array<{ state: string }>;
    expect(referrals.map((r) => r.state)).toEqual(['annullert']);

    // A cancellation of something unknown is refused.
    const unknown = henvisning({ kind: 'annullering', conversationRef: ref, reason: 'x' });
    await t.client.postMessage(unknown.xml);
    const last = (await t.inbox(CLINIC_HER)).at(-1);
    expect(parseAppRec(last?.xml ?? '').errors[0]?.originalText).toContain('Fant ingen henvisning');
  });

  it('records an AppRec the EPJ posts for its answers, and answers nothing', async () => {
    const t = await start();
    await t.client.postMessage(henvisning().xml);
    const [appRec] = await t.inbox(CLINIC_HER);
    // Any schema-valid AppRec will do: post back the one it sent, as if it came from the clinic.
    expect(await t.client.postMessage(appRec?.xml ?? '')).toEqual({ kind: 'accepted', duplicate: false });
    expect(await t.client.postMessage(appRec?.xml ?? '')).toEqual({ kind: 'accepted', duplicate: true });
  });
});

describe('signatures', () => {
  it('accepts a henvisning signed by the referring doctor, and with requireSignature rejects an unsigned one', async () => {
    // The test certificates are valid from yesterday: the service's clock must be the real one here.
    const t = await start({ requireSignature: true, now: new Date().toISOString() });
    const key = createTestCertificate({ hprNummer: '565501872' });
    const signed = henvisning();
    await t.client.postMessage(buildHenvisningMessage(signed.input, { signer: key }));
    await t.client.postMessage(henvisning().xml);
    const otherDoctor = henvisning();
    await t.client.postMessage(
      buildHenvisningMessage(otherDoctor.input, { signer: createTestCertificate({ hprNummer: '123456789' }) }),
    );
    const appRecs = (await t.inbox(CLINIC_HER))
      .filter((item) => item.kind === 'AppRec')
      .map((item) => parseAppRec(item.xml));
    expect(appRecs.map((a) => [a.status.code, a.errors[0]?.code])).toEqual([
      ['1', undefined],
      ['2', 'S01'],
      ['2', 'S99'],
    ]);
  });
});
