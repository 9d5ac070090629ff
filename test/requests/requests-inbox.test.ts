/**
 * The requests inbox through the real router and a real SQLite file: intake, who sees what per role, answering
 * and closing with a trail, fornye resept routed to the fastlege, SMS parsed and matched, matching by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { systemContext } from '../../electron/services/context';
import { ErrorCode } from '../../shared/api/error-codes';
import { value } from '../support/clinic';
import { tnr } from '../support/people';
import { useTempDir } from '../support/temp-dir';
import { prescribingClinic, type PrescribingClinic } from '../prescriptions/prescribing-clinic';

const now = new Date('2026-11-22T09:00:00Z');

describe('requests inbox', () => {
  const tempDir = useTempDir();
  let t: PrescribingClinic | undefined;
  afterEach(async () => {
    await t?.backend.close();
    t = undefined;
  });

  async function setup(): Promise<PrescribingClinic> {
    t = await prescribingClinic(tempDir(), () => now);
    return t;
  }

  async function auditActions(entityId: string): Promise<string[]> {
    const rows = await t!.backend.conn.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', entityId)
      .orderBy('at')
      .execute();
    return rows.map((r) => r.action);
  }

  it('keeps a timebestilling, lets reception answer and close it, and keeps the trail', async () => {
    const { c, patientId } = await setup();
    const received = value(
      await c.sekretaer('requests.receive', {
        kind: 'timebestilling',
        patientId,
        subject: 'Time neste uke',
        message: 'Kan jeg få time neste uke? Helst formiddag.',
        externalId: 'hn-1',
      }),
    );
    expect(received).toMatchObject({ status: 'open', kind: 'timebestilling', restricted: false, canAnswer: true });
    expect(received.patient?.name).toBe('Kari Nordmann');

    const again = value(
      await c.sekretaer('requests.receive', { kind: 'timebestilling', patientId, message: 'x', externalId: 'hn-1' }),
    );
    expect(again.id).toBe(received.id);
    expect(value(await c.sekretaer('requests.list', {}))).toHaveLength(1);

    const answered = value(
      await c.sekretaer('requests.answer', { requestId: received.id, answer: 'Du har fått time tirsdag kl. 10.' }),
    );
    expect(answered.status).toBe('closed');
    expect(answered.answer).toMatchObject({ text: 'Du har fått time tirsdag kl. 10.', by: 'sekretaer Testesen' });
    expect(answered.events.map((e) => e.kind)).toEqual(['received', 'answered']);
    expect(answered.canAnswer).toBe(false);

    const twice = await c.lege1('requests.answer', { requestId: received.id, answer: 'Igjen' });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.code).toBe('REQUEST_ALREADY_ANSWERED');

    expect(value(await c.sekretaer('requests.list', { status: 'open' }))).toHaveLength(0);
    expect(value(await c.sekretaer('requests.list', { status: 'closed' }))).toHaveLength(1);
    expect(await auditActions(received.id)).toEqual(['request.receive', 'request.answer']);
  });

  it('routes a fornye-resept request to the fastlege; reception sees only that it exists and for whom', async () => {
    const { c, patientId, draft } = await setup();
    value(await c.admin('lists.setCeiling', { doctorId: c.ids.lege2, listCeiling: 1000 }));
    value(await c.sekretaer('lists.assign', { patientId, doctorId: c.ids.lege2, fromDate: '2026-01-01' }));
    const issued = value(await c.lege1('prescriptions.issue', await draft('Paracet')));
    const received = value(
      await c.sekretaer('requests.receive', {
        kind: 'fornye_resept',
        patientId,
        prescriptionId: issued.prescription.id,
        subject: 'Paracet for ryggen',
        message: 'Jeg trenger ny resept på smertestillende, ryggen er fortsatt vond.',
      }),
    );
    // Reception's view: who, which kind, routed to whom, nothing of the content.
    expect(received).toMatchObject({
      restricted: true,
      subject: null,
      message: null,
      prescription: null,
      preview: null,
      canAnswer: false,
      doctor: { id: c.ids.lege2, name: 'lege2 Testesen' },
    });
    const [summary] = value(await c.sekretaer('requests.list', { kind: 'fornye_resept' }));
    expect(summary).toMatchObject({ restricted: true, preview: null, patient: { name: 'Kari Nordmann' } });
    const refused = await c.sekretaer('requests.answer', { requestId: received.id, answer: 'Ok' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('REQUEST_CLINICAL');

    // The fastlege's view: the message and the prescription to renew, and the request under "mine".
    const mine = value(await c.lege2('requests.list', { mine: true }));
    expect(mine.map((r) => r.id)).toEqual([received.id]);
    expect(value(await c.lege1('requests.list', { mine: true }))).toEqual([]);
    const opened = value(await c.lege2('requests.get', { requestId: received.id }));
    expect(opened).toMatchObject({ restricted: false, canAnswer: true });
    expect(opened.message).toMatch(/smertestillende/);
    expect(opened.prescription).toMatchObject({ id: issued.prescription.id, drugName: 'Paracet' });
    const answered = value(await c.lege2('requests.answer', { requestId: received.id, answer: 'Fornyet.' }));
    expect(answered.status).toBe('closed');

    // Reception learns it was answered, not how.
    const seen = value(await c.sekretaer('requests.get', { requestId: received.id }));
    expect(seen.answer?.text).toBe('Besvart av lege.');
    const opens = await t!.backend.conn.db
      .selectFrom('audit_events')
      .select(['role', 'patient_id'])
      .where('action', '=', 'request.open')
      .execute();
    expect(opens).toEqual(
      expect.arrayContaining([
        { role: 'lege', patient_id: patientId },
        { role: 'helsesekretaer', patient_id: patientId },
      ]),
    );
  });

  it("sends a fornye-resept request to the prescriber when the patient is on no list, and refuses another patient's prescription", async () => {
    const { c, patientId, draft } = await setup();
    const issued = value(await c.lege1('prescriptions.issue', await draft('Paracet')));
    const received = value(
      await c.lege2('requests.receive', {
        kind: 'fornye_resept',
        patientId,
        prescriptionId: issued.prescription.id,
        message: 'Fornye',
      }),
    );
    expect(received.doctor?.id).toBe(c.ids.lege1);

    const other = value(
      await c.sekretaer('patients.register', {
        identityNumber: tnr('1970-01-01', 'male'),
        givenName: 'Ola',
        familyName: 'Nordmann',
      }),
    ).id;
    const wrong = await c.sekretaer('requests.receive', {
      kind: 'fornye_resept',
      patientId: other,
      prescriptionId: issued.prescription.id,
      message: 'Fornye',
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.code).toBe('REQUEST_PRESCRIPTION_MISMATCH');
    const noPrescription = await c.sekretaer('requests.receive', { kind: 'fornye_resept', patientId, message: 'x' });
    expect(noPrescription.ok).toBe(false);
    if (!noPrescription.ok) expect(noPrescription.error.code).toBe(ErrorCode.invalidInput);
  });

  it('decides per role for every requests call', async () => {
    const { c, patientId } = await setup();
    const request = value(await c.sekretaer('requests.receive', { kind: 'kontakt', patientId, message: 'Hei' }));
    const requestId = request.id;
    type Who = 'admin' | 'lege1' | 'sekretaer';
    const cases: [string, (who: Who) => Promise<{ ok: boolean }>, Who[]][] = [
      ['requests.list', (w) => c[w]('requests.list', {}), ['lege1', 'sekretaer']],
      ['requests.get', (w) => c[w]('requests.get', { requestId }), ['lege1', 'sekretaer']],
      [
        'requests.receive',
        (w) => c[w]('requests.receive', { kind: 'vaksine', patientId, message: 'x' }),
        ['lege1', 'sekretaer'],
      ],
      [
        'requests.upcomingAppointments',
        (w) => c[w]('requests.upcomingAppointments', { patientId }),
        ['lege1', 'sekretaer'],
      ],
      ['requests.smsLog', (w) => c[w]('requests.smsLog', { patientId }), ['lege1', 'sekretaer']],
      ['requests.consent', (w) => c[w]('requests.consent', { patientId }), ['lege1', 'sekretaer']],
      [
        'requests.setConsent',
        (w) => c[w]('requests.setConsent', { patientId, smsReminders: false }),
        ['lege1', 'sekretaer'],
      ],
      ['requests.smsSettings', (w) => c[w]('requests.smsSettings', {}), ['admin', 'lege1', 'sekretaer']],
      [
        'requests.setSmsSettings',
        (w) => c[w]('requests.setSmsSettings', { keyword: 'FJORD', place: '' }),
        ['admin', 'sekretaer'],
      ],
    ];
    for (const [name, run, allowed] of cases) {
      for (const who of ['admin', 'lege1', 'sekretaer'] as const) {
        const result = await run(who);
        expect(result.ok, `${name} as ${who}`).toBe(allowed.includes(who));
      }
    }
    // Answering: reception and doctors answer administrative requests; the administrator does not.
    expect((await c.admin('requests.answer', { requestId, answer: 'Ok' })).ok).toBe(false);
    expect((await c.lege1('requests.answer', { requestId, answer: 'Ok' })).ok).toBe(true);
  });

  it('seeds a demo clinic with requests and SMS of every outcome, once', async () => {
    const { backend, c } = await setup();
    for (const [given, birth] of [
      ['Per', '1950-02-03'],
      ['Siri', '1990-07-08'],
    ] as const) {
      value(
        await c.sekretaer('patients.register', {
          identityNumber: tnr(birth, given === 'Per' ? 'male' : 'female'),
          givenName: given,
          familyName: 'Hansen',
        }),
      );
    }
    const sys = systemContext('demo', 'test-pc', now);
    expect(await backend.services.requests.seedDemo(sys)).toEqual({ requests: 6 });
    await backend.services.requests.seedDemo(sys);
    const all = value(await c.sekretaer('requests.list', {}));
    expect(all).toHaveLength(6);
    expect(
      all
        .map((r) => r.smsStatus)
        .filter(Boolean)
        .sort(),
    ).toEqual(['matched', 'needs_person', 'unparsed']);
  });

  it('gives the administrator no access to requests', async () => {
    const { c, patientId } = await setup();
    for (const result of [
      await c.admin('requests.list', {}),
      await c.admin('requests.receive', { kind: 'kontakt', patientId, message: 'Hei' }),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe(ErrorCode.forbidden);
    }
  });

  it('parses and matches an SMS, keeps the ambiguous and unreadable ones for a person, and matches by hand', async () => {
    const { backend, c, patientId } = await setup();
    value(await c.sekretaer('requests.setSmsSettings', { keyword: 'haugesund', place: 'Strandgata 12' }));
    const sys = systemContext('SMS-mottak', 'test-pc', now);
    const inbox = backend.services.requests.inbox;
    const at = now.toISOString();
    const matched = await inbox.receiveSms(sys, {
      gatewayId: 'g1',
      from: '+4799887766',
      text: 'HAUGESUND 14.05.68 kari nordmann Trenger time for konsultasjon',
      receivedAt: at,
    });
    expect(matched.created).toBe(true);
    expect(
      await inbox.receiveSms(sys, { gatewayId: 'g1', from: '+4799887766', text: 'igjen', receivedAt: at }),
    ).toEqual({ requestId: matched.requestId, created: false });

    const m = value(await c.sekretaer('requests.get', { requestId: matched.requestId }));
    expect(m).toMatchObject({
      kind: 'sms_timebestilling',
      channel: 'sms',
      smsStatus: 'matched',
      patient: { id: patientId },
      fromPhone: '+4799887766',
      sms: {
        ok: true,
        keyword: 'HAUGESUND',
        keywordMatches: true,
        birthDate: '1968-05-14',
        name: 'kari nordmann',
        freeText: 'Trenger time for konsultasjon',
      },
    });
    expect(m.events.map((e) => e.kind)).toEqual(['received', 'matched']);

    const partial = await inbox.receiveSms(sys, {
      gatewayId: 'g2',
      from: '+4799887766',
      text: 'HAUGESUND 140568 Kari Nordman haster',
      receivedAt: at,
    });
    const p = value(await c.sekretaer('requests.get', { requestId: partial.requestId }));
    expect(p).toMatchObject({ smsStatus: 'needs_person', patient: null });
    expect(p.candidates).toEqual([expect.objectContaining({ id: patientId, level: 'partial', name: 'Kari Nordmann' })]);
    expect(p.sms?.reason).toMatch(/delvis/);

    const bad = await inbox.receiveSms(sys, {
      gatewayId: 'g3',
      from: '+4790000000',
      text: 'Hei, ring meg',
      receivedAt: at,
    });
    const b = value(await c.sekretaer('requests.get', { requestId: bad.requestId }));
    expect(b).toMatchObject({
      smsStatus: 'unparsed',
      sms: { ok: false, reason: expect.stringMatching(/fødselsdato/) },
    });

    const byHand = value(await c.sekretaer('requests.match', { requestId: partial.requestId, patientId }));
    expect(byHand).toMatchObject({ smsStatus: 'matched', patient: { id: patientId } });
    expect(byHand.events.map((e) => e.kind)).toEqual(['received', 'matched']);

    const helsenorge = value(await c.sekretaer('requests.receive', { kind: 'kontakt', patientId, message: 'Hei' }));
    const notSms = await c.sekretaer('requests.match', { requestId: helsenorge.id, patientId });
    expect(notSms.ok).toBe(false);
    if (!notSms.ok) expect(notSms.error.code).toBe('REQUEST_NOT_SMS');

    // Answering an SMS sends the patient a confirmation, with no free text and no health information.
    value(
      await c.sekretaer('requests.answer', { requestId: matched.requestId, answer: 'Booket tirsdag 10:00 hos lege1' }),
    );
    const sms = await backend.conn.db.selectFrom('sms_outbox').selectAll().execute();
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({
      purpose: 'confirmation',
      to_phone: '+4799887766',
      request_id: matched.requestId,
      status: 'pending',
      text: 'Fjordbyen legesenter har mottatt meldingen din. Vi tar kontakt med deg.',
    });
    const log = value(await c.sekretaer('requests.smsLog', { patientId }));
    expect(log.map((l) => l.purpose)).toEqual(['confirmation']);
  });
});
