import { updateReferral } from '../../db/repositories/referrals.repository';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { referralDeliveryHooks } from '../../electron/delivery/referral-delivery';
import { createReferralDeliveryHooks } from '../../electron/services/referrals/referral-delivery-hooks';
import { useTempDir } from '../support/temp-dir';
import { testBackend } from '../support/backend';
import { testClinic, value } from '../support/clinic';
import { NEVRO, ORTOPEDI, referralClinic, type ReferralClinic } from './referral-clinic';

let validator: MessageValidator;
const tempDir = useTempDir('allmenn-referrals-');
let t: ReferralClinic;
let now = new Date('2026-11-23T09:00:00Z');
const clock = () => now;

beforeAll(async () => {
  validator = await createMessageValidator();
});

beforeEach(async () => {
  now = new Date('2026-11-23T09:00:00Z');
  t = await referralClinic(tempDir(), clock);
});

afterEach(async () => {
  await t.backend.close();
});

const db = () => t.backend.conn.db;
/** Straight to the service as lege1 at `now`: a session would expire over the days these tests jump. */
const asLege = (id: 'lege1' | 'lege2' = 'lege1') => ({
  user: { id: t.c.ids[id], name: id },
  role: 'lege' as const,
  workstation: 'test-pc',
  now,
});

async function counts() {
  const n = async (table: 'referrals' | 'referral_messages' | 'outbox_messages' | 'journal_notes') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    referrals: await n('referrals'),
    messages: await n('referral_messages'),
    outbox: await n('outbox_messages'),
    notes: await n('journal_notes'),
  };
}

describe('referrals.compose', () => {
  it('pre-fills the referral from what the journal knows', async () => {
    const view = value(await t.c.lege1('referrals.compose', { patientId: t.patientId }));
    expect(view.referrer).toMatchObject({ hprNumber: '1000001', clinicHerId: '81234' });
    expect(view.patient).toMatchObject({ name: 'Kari Nordmann', phone: '91234567', interpreterNeeded: true });
    expect(view.suggested.diagnoses[0]).toMatchObject({ system: 'ICPC-2', code: 'L96' });
    expect(view.suggested.nextOfKin).toEqual([{ name: 'Ola Nordmann', relation: 'Ektefelle', phone: '92345678' }]);
    expect(view.suggested.interpreter).toEqual({ needed: true, language: 'Polsk' });
    expect(view.suggested.cave[0]).toMatchObject({ text: 'Penicillin', reaction: 'Urticaria' });
    expect(view.recentNotes[0]).toMatchObject({ noteId: t.noteId, funn: 'Hevelse, positiv McMurray.' });
  });

  it('is refused for a helsesekretær and for the administrator', async () => {
    for (const who of [t.c.sekretaer, t.c.admin]) {
      const r = await who('referrals.compose', { patientId: t.patientId });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
      const list = await who('referrals.list', {});
      expect(list.ok).toBe(false);
    }
  });

  it("offers the patient's own drafts back, and keeps them from other doctors' lists", async () => {
    const draft = value(await t.c.lege1('referrals.saveDraft', { patientId: t.patientId, content: {} }));
    const view = value(await t.c.lege1('referrals.compose', { patientId: t.patientId }));
    expect(view.drafts.map((d) => d.id)).toEqual([draft.id]);
    expect(value(await t.c.lege1('referrals.list', { filter: 'utkast' })).map((r) => r.id)).toEqual([draft.id]);
    expect(value(await t.c.lege2('referrals.list', { filter: 'utkast' }))).toEqual([]);
    const discarded = value(await t.c.lege1('referrals.discard', { referralId: draft.id }));
    expect(discarded.status).toBe('forkastet');
    expect(value(await t.c.lege1('referrals.compose', { patientId: t.patientId })).drafts).toEqual([]);
  });
});

describe('the demo address register', () => {
  it("is not put into a real clinic: its test HER-ids must never be a henvisning's receiver there", async () => {
    const backend = await testBackend(tempDir());
    try {
      const c = await testClinic(backend);
      expect(value(await c.lege1('referrals.recipients', { query: 'ortopedi' }))).toEqual([]);
      const entries = await backend.conn.db.selectFrom('address_register').select('her_id').execute();
      expect(entries).toEqual([]);
    } finally {
      await backend.close();
    }
  });
});

describe('recipients', () => {
  it('finds demo services by name, place and specialty, flagged as test values', async () => {
    const byName = value(await t.c.lege1('referrals.recipients', { query: 'haukeland nevro' }));
    expect(byName.map((r) => r.herId)).toEqual([NEVRO]);
    expect(byName[0]?.testValue).toBe(true);
    const byPlace = value(await t.c.lege1('referrals.recipients', { query: 'Haugesund ortopedi' }));
    expect(byPlace.map((r) => r.herId)).toContain(ORTOPEDI);
    const bySpecialty = value(await t.c.lege1('referrals.recipients', { query: 'øyesykdommer' }));
    expect(bySpecialty.length).toBeGreaterThanOrEqual(2);
    const dps = value(await t.c.lege1('referrals.recipients', { query: '', kind: 'dps' }));
    expect(dps.every((r) => r.kind === 'dps')).toBe(true);
  });

  it('imports a register file, reports each bad line in Norwegian and audits', async () => {
    const file = [
      'herid;overordnet herid;navn;avdeling;tjenestetype;fagområde;adresse;postnummer;poststed;organisasjonsnummer;test',
      '123456;;Testby sykehus;Hudpoliklinikk;sykehusavdeling;Hud;Gata 1;5501;Haugesund;974760673;nei',
      'abc;;Feil;;sykehusavdeling;;;;;;',
      '123457;;Uten type;;romskip;;;;;;',
      '123458;;Dårlig post;;dps;;;55;;;',
    ].join('\n');
    const report = value(
      await t.c.admin('referrals.importRegister', {
        fileName: 'register.csv',
        contentBase64: Buffer.from(file).toString('base64'),
      }),
    );
    expect(report.added).toBe(1);
    expect(report.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(report.errors[0]?.message).toMatch(/Linje 3: ugyldig HER-id/);
    expect(report.errors[1]?.message).toMatch(/ukjent tjenestetype «romskip»/);
    expect(report.errors[2]?.message).toMatch(/ugyldig postnummer/);
    const found = value(await t.c.lege1('referrals.recipients', { query: 'testby hud' }));
    expect(found[0]).toMatchObject({ herId: '123456', testValue: false, organisationNumber: '974760673' });
    const audit = await db()
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'referral.register.import')
      .execute();
    expect(audit).toHaveLength(1);
    expect((await t.c.sekretaer('referrals.importRegister', { fileName: 'x.csv', contentBase64: '' })).ok).toBe(false);
  });
});

describe('sending', () => {
  it('refuses to send without the required fields, with a Norwegian message per field', async () => {
    const r = await t.c.lege1('referrals.send', {
      patientId: t.patientId,
      content: { problemstilling: '', diagnoses: [] },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('REFERRAL_INCOMPLETE');
    expect(r.error.fields).toMatchObject({
      recipientHerId: 'Velg mottaker',
      hastegrad: 'Velg hastegrad',
      problemstilling: 'Skriv problemstillingen',
      askedFor: expect.any(String),
      diagnoses: 'Legg til minst én diagnose',
    });
    expect(await counts()).toMatchObject({ referrals: 0, outbox: 0 });
  });

  it('saves a draft, then signs and sends it: referral, signed message, outbox row and journal entry together', async () => {
    const before = await counts();
    const draft = value(
      await t.c.lege1('referrals.saveDraft', { patientId: t.patientId, content: { problemstilling: 'Kne' } }),
    );
    expect(draft.status).toBe('utkast');
    const sent = value(await t.c.lege1('referrals.send', { ...t.complete(), referralId: draft.id }));
    expect(sent).toMatchObject({ id: draft.id, status: 'sendt' });
    expect(await counts()).toEqual({
      referrals: 1,
      messages: 1,
      outbox: before.outbox + 1,
      notes: before.notes + 1,
    });
    const outbox = await db()
      .selectFrom('outbox_messages')
      .selectAll()
      .where('subject_id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(outbox).toMatchObject({
      kind: 'HENVISNING',
      receiver_her_id: ORTOPEDI,
      subject_type: 'referral',
      status: 'pending',
    });
    expect(validator.validate(outbox.payload)).toEqual({ valid: true });
    expect(outbox.payload).toContain('http://ehelse.no/xmlstds/henvisning/2017-11-30');
    expect(outbox.payload).toContain('HENVISNING_NYTILSTAND');
    expect(outbox.payload).toContain('<Signature');
    const message = await db().selectFrom('referral_messages').selectAll().executeTakeFirstOrThrow();
    expect(message.msg_id).toBe(outbox.msg_id);
    const note = await db()
      .selectFrom('journal_notes as n')
      .innerJoin('note_versions as v', 'v.id', 'n.current_version_id')
      .select(['n.status', 'n.contact_type', 'v.reason_for_contact', 'v.tiltak'])
      .where('n.id', '=', message.journal_note_id ?? '')
      .executeTakeFirstOrThrow();
    expect(note).toMatchObject({ status: 'signert', contact_type: 'administrativ' });
    expect(note.reason_for_contact).toMatch(/^Henvisning til Ortopedisk poliklinikk, Haugesund sjukehus/);
    const audit = await db().selectFrom('audit_events').select('action').where('entity_id', '=', draft.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['referral.draft.save', 'referral.send']));
  });

  it('sends everything compose pre-filled (next of kin, interpreter, medicines, CAVE) in a valid message', async () => {
    const view = value(await t.c.lege1('referrals.compose', { patientId: t.patientId }));
    const { content } = t.complete();
    const sent = value(
      await t.c.lege1('referrals.send', {
        patientId: t.patientId,
        content: {
          ...view.suggested,
          ...content,
          diagnoses: view.suggested.diagnoses,
          findings: view.recentNotes[0]?.funn ?? '',
          criticalInfo: 'Bruker blodfortynnende',
          copyRecipients: [NEVRO],
        },
      }),
    );
    expect(sent.copyRecipients.map((r) => r.herId)).toEqual([NEVRO]);
    const outbox = await db()
      .selectFrom('outbox_messages')
      .select('payload')
      .where('subject_id', '=', sent.id)
      .executeTakeFirstOrThrow();
    expect(validator.validate(outbox.payload)).toEqual({ valid: true });
    expect(outbox.payload).toContain('Ola');
    expect(outbox.payload).toMatch(/V="PL"/);
    expect(outbox.payload).toContain('Penicillin');
    expect(outbox.payload).toContain('Kopimottaker');
  });

  it('a failure while sending leaves nothing half written', async () => {
    const before = await counts();
    // A trigger that makes the outbox insert fail after the referral, message and journal entry were written.
    await db().schema.createTable('x').addColumn('a', 'text').execute();
    const { sql } = await import('kysely');
    await sql`CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox_messages BEGIN SELECT RAISE(ABORT, 'disk full'); END`.execute(
      db(),
    );
    const r = await t.c.lege1('referrals.send', t.complete());
    expect(r.ok).toBe(false);
    expect(await counts()).toEqual(before);
    const sendAudits = await db()
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'referral.send')
      .execute();
    expect(sendAudits).toHaveLength(0);
  });

  it('refuses a helsesekretær, and writes nothing', async () => {
    const r = await t.c.sekretaer('referrals.send', t.complete());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    expect(await counts()).toMatchObject({ referrals: 0 });
  });

  it('refuses a recipient that is not in the register', async () => {
    const r = await t.c.lege1('referrals.send', t.complete({ recipientHerId: '424242' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('REFERRAL_UNKNOWN_RECIPIENT');
    expect(await counts()).toMatchObject({ referrals: 0, outbox: 0 });
  });

  it('writes a referral only as it was read: a change based on a stale read changes nothing', async () => {
    const draft = value(await t.c.lege1('referrals.saveDraft', { patientId: t.patientId, content: {} }));
    const seen = await db().selectFrom('referrals').selectAll().where('id', '=', draft.id).executeTakeFirstOrThrow();
    const sent = value(await t.c.lege1('referrals.send', { ...t.complete(), referralId: draft.id }));
    expect(sent.status).toBe('sendt');
    // A second PC that read the draft before it was sent must not get to discard (or send) it afterwards.
    expect(await updateReferral(db(), seen, { status: 'forkastet', updated_at: seen.updated_at })).toBe(false);
    const now = await db()
      .selectFrom('referrals')
      .select('status')
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(now.status).toBe('sendt');
  });

  it("does not let another doctor edit someone's draft", async () => {
    const draft = value(await t.c.lege1('referrals.saveDraft', { patientId: t.patientId, content: {} }));
    const r = await t.c.lege2('referrals.saveDraft', { referralId: draft.id, patientId: t.patientId, content: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('REFERRAL_NOT_YOURS');
    // Nor read or print it: a draft is its author's until it is sent.
    for (const call of ['referrals.get', 'referrals.letter'] as const) {
      const read = await t.c.lege2(call, { referralId: draft.id });
      expect(read.ok ? null : read.error.code).toBe('NOT_FOUND');
    }
    expect(value(await t.c.lege1('referrals.get', { referralId: draft.id })).id).toBe(draft.id);
  });
});

describe('tracking', () => {
  async function outboxOf(referralId: string) {
    return db()
      .selectFrom('outbox_messages')
      .selectAll()
      .where('subject_id', '=', referralId)
      .orderBy('created_at')
      .execute();
  }

  it('AppRec OK makes it mottatt; avvist shows the reason', async () => {
    const hooks = createReferralDeliveryHooks(db());
    const a = value(await t.c.lege1('referrals.send', t.complete()));
    const b = value(await t.c.lege1('referrals.send', t.complete({ recipientHerId: NEVRO })));
    const [oa] = await outboxOf(a.id);
    const [ob] = await outboxOf(b.id);
    await hooks.onAnswer(undefined, oa!, { outcome: 'answered', appRecStatus: '1', errors: [] }, now);
    // Through the worker's hooks, inside the worker's transaction, as the delivery worker calls them.
    await db()
      .transaction()
      .execute(async (trx) => {
        await referralDeliveryHooks(db()).onAnswer?.(
          ob!,
          {
            outcome: 'rejected',
            appRecStatus: '2',
            appRecMsgId: 'apprec-1',
            errors: [{ code: 'E10', text: 'Ukjent mottaker' }],
          },
          trx,
          now,
        );
      });
    // A late duplicate answer changes nothing.
    await hooks.onAnswer(undefined, oa!, { outcome: 'rejected', appRecStatus: '2', errors: [] }, now);
    expect(value(await t.c.lege1('referrals.get', { referralId: a.id })).status).toBe('mottatt');
    const rejected = value(await t.c.lege1('referrals.get', { referralId: b.id }));
    expect(rejected.status).toBe('avvist');
    expect(rejected.rejectionReason).toMatch(/Ukjent mottaker/);
    expect(rejected.events.map((e) => e.kind)).toEqual(['opprettet', 'sendt', 'avvist']);
  });

  it('flags a referral with no AppRec after a day, and no assessment after 10 working days', async () => {
    // Monday 23 November 2026; 10 working days later is Monday 7 December.
    const sent = value(await t.c.lege1('referrals.send', t.complete()));
    expect(sent.overdue).toEqual({ noAppRec: false, noAssessment: false, assessmentDue: '2026-12-07' });
    now = new Date('2026-11-24T09:30:00Z');
    const list = (filter: 'forsinket') => t.backend.services.referrals.list(asLege(), { filter, mine: false });
    const [late] = await list('forsinket');
    expect(late?.overdue.noAppRec).toBe(true);
    const [o] = await outboxOf(sent.id);
    await createReferralDeliveryHooks(db()).onAnswer(
      undefined,
      o!,
      { outcome: 'answered', appRecStatus: '1', errors: [] },
      now,
    );
    expect(await list('forsinket')).toHaveLength(0);
    // The period runs from receipt (the AppRec on Tuesday 24 November): due Tuesday 8 December.
    now = new Date('2026-12-08T20:00:00Z');
    expect(await list('forsinket')).toHaveLength(0);
    now = new Date('2026-12-09T08:00:00Z');
    const [overdue] = await list('forsinket');
    expect(overdue).toMatchObject({
      status: 'mottatt',
      overdue: { noAppRec: false, noAssessment: true, assessmentDue: '2026-12-08' },
    });
  });

  it('cancelling and changing a sent referral send the matching v2.0 messages and keep the history', async () => {
    const sent = value(await t.c.lege1('referrals.send', t.complete()));
    now = new Date('2026-11-23T10:00:00Z');
    const services = t.backend.services.referrals;
    const { referralContentSchema } = await import('../../shared/schemas/referral.schema');
    const changed = await services.change(asLege(), {
      referralId: sent.id,
      reason: 'Rettet hastegrad',
      content: referralContentSchema.parse(t.complete({ hastegrad: '3' }).content),
    });
    expect(changed.content.hastegrad).toBe('3');
    now = new Date('2026-11-23T11:00:00Z');
    const cancelled = await services.cancel(asLege('lege2'), {
      referralId: sent.id,
      reason: 'Pasienten ønsker et annet sykehus',
    });
    expect(cancelled.status).toBe('annullert');
    expect(cancelled.events.map((e) => e.kind)).toEqual(['opprettet', 'sendt', 'endret', 'annullert']);
    const outbox = await outboxOf(sent.id);
    expect(outbox).toHaveLength(3);
    for (const m of outbox) expect(validator.validate(m.payload)).toEqual({ valid: true });
    expect(outbox[1]?.payload).toMatch(/<ServType V="M"/);
    expect(outbox[2]?.payload).toMatch(/<ServType V="C"/);
    expect(outbox[2]?.payload).toContain(`<RefToConversation>${outbox[0]?.msg_id}</RefToConversation>`);
    expect(outbox[2]?.payload).toContain(`<RefToParent>${outbox[1]?.msg_id}</RefToParent>`);
    await expect(services.cancel(asLege(), { referralId: sent.id, reason: 'To ganger' })).rejects.toThrow(
      /allerede trukket tilbake/,
    );
    const audit = await db().selectFrom('audit_events').select('action').where('entity_id', '=', sent.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['referral.change', 'referral.cancel']));
    // What was sent is never edited.
    await expect(db().updateTable('referral_messages').set({ content_json: '{}' }).execute()).rejects.toThrow();
  });

  it("sends picked journal notes as PDF attachments, and refuses notes that are not this patient's signed ones", async () => {
    const sent = value(await t.c.lege1('referrals.send', t.complete({ attachmentNoteIds: [t.noteId] })));
    const [o] = await outboxOf(sent.id);
    expect(validator.validate(o!.payload)).toEqual({ valid: true });
    expect(o!.payload).toContain('application/pdf');
    expect(o!.payload).toContain('Journalnotat');
    const bad = await t.c.lege1(
      'referrals.send',
      t.complete({ attachmentNoteIds: ['0190a5e0-0000-7000-8000-000000000999'] }),
    );
    expect(bad.ok).toBe(false);
  });

  it('checks the attachments of a change as it does a draft: a note id that is no signed note of this patient is refused', async () => {
    const sent = value(await t.c.lege1('referrals.send', t.complete()));
    const { referralContentSchema } = await import('../../shared/schemas/referral.schema');
    const changed = await t.c.lege1('referrals.change', {
      referralId: sent.id,
      reason: 'Legger ved notat',
      content: referralContentSchema.parse(
        t.complete({ attachmentNoteIds: ['0190a5e0-0000-7000-8000-000000000999'] }).content,
      ),
    });
    expect(changed.ok).toBe(false);
    expect(changed.ok ? '' : changed.error.message).toContain('Vedlegg må være signerte notater');
    const messages = await db()
      .selectFrom('referral_messages')
      .select('kind')
      .where('referral_id', '=', sent.id)
      .execute();
    expect(messages.map((m) => m.kind)).toEqual(['ny']);
  });

  it('prints the referral as a PDF letter', async () => {
    const sent = value(await t.c.lege1('referrals.send', t.complete()));
    const letter = value(await t.c.lege1('referrals.letter', { referralId: sent.id }));
    expect(letter.fileName).toMatch(/^Henvisning Kari Nordmann \d{4}-\d{2}-\d{2}\.pdf$/);
    expect(Buffer.from(letter.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
