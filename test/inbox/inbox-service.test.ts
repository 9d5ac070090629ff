import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  referralDocumentFacts,
  updateIncomingDocumentState,
} from '../../db/repositories/incoming-documents.repository';
import { ErrorCode } from '../../shared/api/error-codes';
import { value } from '../support/clinic';
import { tnr } from '../support/people';
import { useTempDir } from '../support/temp-dir';
import { inboxClinic, type InboxClinic } from './inbox-clinic';
import { APPREC_EXAMPLES, epikriseMessage, schemaInvalid, statusMessage } from './inbox-fixtures';

const now = new Date('2026-11-22T09:00:00Z');
const APPRECS = APPREC_EXAMPLES;

describe('Innboks: store, match, read and file', () => {
  const tempDir = useTempDir();
  let t: InboxClinic | undefined;
  afterEach(async () => {
    await t?.backend.close();
    t = undefined;
  });

  const db = () => t!.backend.conn.db;
  const documents = () => db().selectFrom('incoming_documents').selectAll().orderBy('received_at').execute();
  const audits = (action: string) =>
    db().selectFrom('audit_events').selectAll().where('action', '=', action).orderBy('at').execute();

  it('matches a document to the patient by fødselsnummer and waits for a clinician (til_behandling)', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const r = await t.importXml(statusMessage({ msgId: 'd-1', fnr: t.kari.fnr }));
    expect(r).toMatchObject({ stored: true, kind: 'dialogmelding', status: 'til_behandling', patientId: t.kari.id });
    const [row] = await documents();
    expect(row).toMatchObject({
      msg_id: 'd-1',
      source: 'import',
      standard_version: 'Dialogmelding v1.1',
      sender_name: 'ST OLAVS HOSPITAL HF, Ortopedisk kirurgi',
      sender_her_id: '90998',
      patient_ident: t.kari.fnr,
      unmatched_reason: null,
      schema_errors: null,
    });
    expect(row!.raw_xml).toContain('<MsgId>d-1</MsgId>');
    const [audit] = await audits('inbox.receive');
    expect(audit).toMatchObject({ patient_id: t.kari.id, entity_type: 'incoming_document', entity_id: row!.id });
  });

  it('queues a document whose fødselsnummer matches no patient, with the reason in Norwegian', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const stranger = tnr('1990-01-01', 'male');
    const r = await t.importXml(statusMessage({ msgId: 'd-2', fnr: stranger }));
    expect(r).toMatchObject({ status: 'uavklart', patientId: null });
    expect(r.unmatchedReason).toBe(`Fant ingen pasient med fødselsnummer ${stranger}.`);
  });

  it('matches by H-nummer too, and follows a merged H-nummer record to the real patient', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const h = value(
      await t.c.sekretaer('patients.register', {
        givenName: 'Kari',
        familyName: 'Nordmann',
        birthDate: '1968-05-14',
        sex: 'female',
      }),
    );
    expect(h.identityType).toBe('hnr-clinic');
    const before = await t.importXml(statusMessage({ msgId: 'd-h1', fnr: h.identityNumber }));
    expect(before).toMatchObject({ status: 'til_behandling', patientId: h.id });
    value(await t.c.sekretaer('patients.merge', { sourceId: h.id, targetId: t.kari.id }));
    const after = await t.importXml(statusMessage({ msgId: 'd-h2', fnr: h.identityNumber }));
    expect(after).toMatchObject({ status: 'til_behandling', patientId: t.kari.id });
  });

  it('never matches by name and birth date alone; several candidates are named in the reason', async () => {
    t = await inboxClinic(tempDir(), () => now);
    for (const skip of [1, 2]) {
      value(
        await t.c.sekretaer('patients.register', {
          identityNumber: tnr('1980-06-01', 'female', skip),
          givenName: `Tvilling${skip}`,
          familyName: 'Berg',
        }),
      );
    }
    const many = await t.importXml(
      statusMessage({ msgId: 'd-3', fnr: null, familyName: 'Berg', birthDate: '1980-06-01' }),
    );
    expect(many.status).toBe('uavklart');
    expect(many.unmatchedReason).toMatch(/flere pasienter har etternavn Berg og fødselsdato 1980-06-01/);
    const one = await t.importXml(
      statusMessage({ msgId: 'd-4', fnr: null, familyName: 'Nordmann', birthDate: '1968-05-14' }),
    );
    expect(one).toMatchObject({ status: 'uavklart', patientId: null });
    expect(one.unmatchedReason).toMatch(/bekreft at det er riktig pasient/);
  });

  it('stores a MsgId exactly once: a second import or delivery changes nothing', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const xml = statusMessage({ msgId: 'd-5', fnr: t.kari.fnr });
    const first = await t.importXml(xml);
    const second = await t.importXml(xml);
    expect(first.stored).toBe(true);
    expect(second).toMatchObject({ stored: false, id: first.id, status: 'til_behandling' });
    expect(await documents()).toHaveLength(1);
    expect(await audits('inbox.receive')).toHaveLength(1);
  });

  it('keeps a schema-invalid document as ugyldig with the schema errors listed, and refuses to file it', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const r = await t.importXml(schemaInvalid(statusMessage({ msgId: 'd-6', fnr: t.kari.fnr })));
    expect(r.status).toBe('ugyldig');
    expect(r.schemaErrors.length).toBeGreaterThan(0);
    expect(r.schemaErrors.join('\n')).toMatch(/Uventet/);
    const opened = value(await t.c.lege1('inbox.open', { documentId: r.id }));
    expect(opened.schemaErrors).toEqual(r.schemaErrors);
    const filed = await t.c.lege1('inbox.file', { documentId: r.id });
    expect(filed.ok).toBe(false);
    if (!filed.ok) expect(filed.error.code).toBe('INBOX_INVALID_DOCUMENT');
  });

  it('lets a schema-invalid assessment say nothing about the referral it names', async () => {
    t = await inboxClinic(tempDir(), () => now);
    await t.sentReferral('henv-msg-u', 'ref-u');
    const r = await t.importXml(
      schemaInvalid(statusMessage({ msgId: 'd-u', refersTo: 'henv-msg-u', fnr: t.kari.fnr })),
    );
    expect(r).toMatchObject({ status: 'ugyldig', referralId: 'ref-u' });
    const facts = await referralDocumentFacts(db(), ['ref-u']);
    expect(facts.get('ref-u')).toMatchObject({ assessedAt: null, frist: null });
  });

  it('matches to our referral through the ConversationRef and gives the referral its assessed facts and epikrise', async () => {
    t = await inboxClinic(tempDir(), () => now);
    await t.sentReferral('henv-msg-1', 'ref-1');
    const status = await t.importXml(statusMessage({ msgId: 'd-7', refersTo: 'henv-msg-1', fnr: t.kari.fnr }));
    expect(status).toMatchObject({ referralId: 'ref-1', status: 'til_behandling' });
    const epikrise = await t.importXml(epikriseMessage({ msgId: 'e-1', fnr: t.kari.fnr, servReqId: 'henv-msg-1' }));
    expect(epikrise).toMatchObject({ kind: 'epikrise', referralId: 'ref-1', patientId: t.kari.id });
    const facts = await referralDocumentFacts(db(), ['ref-1', 'ref-none']);
    expect(facts.get('ref-1')).toEqual({
      assessedAt: '2018-01-19T09:40:47',
      frist: '2018-02-20',
      appointmentAt: '2018-02-05T11:00',
      rightToCare: true,
      epicrisisAt: '2017-05-05T06:24:09',
    });
    expect(facts.get('ref-none')).toEqual({
      assessedAt: null,
      frist: null,
      appointmentAt: null,
      rightToCare: null,
      epicrisisAt: null,
    });
  });

  it('queues a document whose patient is not the patient of the referral it answers', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const at = now.toISOString();
    await db()
      .insertInto('referrals')
      .values({
        id: 'ref-ola',
        patient_id: t.ola.id,
        author_id: t.c.ids.lege1,
        status: 'sendt',
        recipient_her_id: '90998',
        content_json: '{}',
        document_id: randomUUID(),
        created_at: at,
        updated_at: at,
        sent_at: at,
        cancelled_at: null,
        cancel_reason: null,
      } as never)
      .execute();
    await t.sentReferral('henv-ola', 'ref-ola');
    const r = await t.importXml(statusMessage({ msgId: 'd-8', refersTo: 'henv-ola', fnr: t.kari.fnr }));
    // Not linked to Ola's referral either: until a person decides it must not move that referral on.
    expect(r).toMatchObject({ status: 'uavklart', patientId: null, referralId: null });
    expect(r.unmatchedReason).toMatch(/ikke pasienten i henvisningen/);
    const facts = await referralDocumentFacts(db(), ['ref-ola']);
    expect(facts.get('ref-ola')).toMatchObject({ assessedAt: null, epicrisisAt: null });
  });

  it('lets only a lege list, open, match and file (helsesekretær and administrator are refused on every call)', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const r = await t.importXml(statusMessage({ msgId: 'd-9', fnr: null }));
    for (const who of [t.c.sekretaer, t.c.admin]) {
      const calls = [
        await who('inbox.list', {}),
        await who('inbox.open', { documentId: r.id }),
        await who('inbox.match', { documentId: r.id, patientId: t.kari.id, reason: 'Samme navn og adresse' }),
        await who('inbox.file', { documentId: r.id }),
      ];
      for (const result of calls) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe(ErrorCode.forbidden);
      }
    }
    expect(await audits('inbox.read')).toHaveLength(0);
    expect((await documents())[0]).toMatchObject({ status: 'uavklart', patient_id: null });
  });

  it('lists what waits with counts, and audits that a lege opened a document with its patient', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const matched = await t.importXml(statusMessage({ msgId: 'd-10', fnr: t.kari.fnr }));
    await t.importXml(statusMessage({ msgId: 'd-11', fnr: tnr('1991-01-01', 'male') }));
    const list = value(await t.c.lege1('inbox.list', {}));
    expect(list.items).toHaveLength(2);
    expect(list.counts).toEqual({ uavklart: 1, til_behandling: 1, arkivert: 0, ugyldig: 0 });
    const item = list.items.find((i) => i.id === matched.id)!;
    expect(item).toMatchObject({
      kind: 'dialogmelding',
      kindLabel: 'Dialogmelding',
      title: 'Status på henvisning',
      status: 'til_behandling',
      patient: { id: t.kari.id, name: 'Nordmann, Kari', identityNumber: t.kari.fnr },
      sender: { name: 'ST OLAVS HOSPITAL HF, Ortopedisk kirurgi' },
    });
    const opened = value(await t.c.lege1('inbox.open', { documentId: matched.id }));
    expect(opened.content.sections[0]!.heading).toBe('Innkalles til helsehjelp');
    expect(opened.content.sections[0]!.text).toMatch(/Frist oppstart helsehjelp 20.02.2018/);
    expect(JSON.stringify(opened)).not.toMatch(/<MsgHead|<\/?Notat/);
    expect(opened.facts).toMatchObject({ frist: '2018-02-20', rightToCare: true });
    const [read] = await audits('inbox.read');
    expect(read).toMatchObject({ patient_id: t.kari.id, entity_id: matched.id, role: 'lege' });
  });

  it('lets a lege match a queued document by hand, audited with the reason; a second match is refused', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const r = await t.importXml(statusMessage({ msgId: 'd-12', fnr: null }));
    const noReason = await t.c.lege1('inbox.match', { documentId: r.id, patientId: t.kari.id, reason: '' });
    expect(noReason.ok).toBe(false);
    const matched = value(
      await t.c.lege1('inbox.match', { documentId: r.id, patientId: t.kari.id, reason: 'Ringte sykehuset, bekreftet' }),
    );
    expect(matched).toMatchObject({ status: 'til_behandling', patient: { id: t.kari.id } });
    const row = (await documents())[0]!;
    expect(row).toMatchObject({ matched_by: t.c.ids.lege1, matched_at: now.toISOString() });
    const [audit] = await audits('inbox.match');
    expect(audit).toMatchObject({ patient_id: t.kari.id, entity_id: r.id });
    expect(JSON.parse(audit!.detail!)).toMatchObject({ reason: 'Ringte sykehuset, bekreftet' });
    const again = await t.c.lege2('inbox.match', { documentId: r.id, patientId: t.ola.id, reason: 'Feil pasient?' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('INBOX_ALREADY_MATCHED');
  });

  it('files a document into the journal as a signed entry and marks it arkivert in the same transaction', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const r = await t.importXml(epikriseMessage({ msgId: 'e-2', fnr: t.kari.fnr }));
    const filed = value(await t.c.lege1('inbox.file', { documentId: r.id, comment: 'Kontroll om 4 uker' }));
    expect(filed).toMatchObject({ status: 'arkivert', filedAt: now.toISOString() });
    expect(filed.journalNoteId).not.toBeNull();
    const note = await db()
      .selectFrom('journal_notes')
      .selectAll()
      .where('id', '=', filed.journalNoteId!)
      .executeTakeFirst();
    expect(note).toMatchObject({ patient_id: t.kari.id, status: 'signert', author_id: t.c.ids.lege1 });
    const version = await db()
      .selectFrom('note_versions')
      .selectAll()
      .where('note_id', '=', note!.id)
      .executeTakeFirst();
    expect(version).toMatchObject({
      signed_by: t.c.ids.lege1,
      reason_for_contact: 'Epikrise fra NORSK HELSENETT SF HOVEDKONTOR, Meldingsvalidering',
    });
    expect(version!.anamnese).toMatch(/Årsak til innleggelse:/);
    expect(version!.funn).toMatch(/I330 Endokarditt/);
    expect(version!.tiltak).toMatch(/Kontroll om 4 uker\nLest og arkivert av lege1 Testesen\./);
    expect((await documents())[0]).toMatchObject({
      status: 'arkivert',
      filed_by: t.c.ids.lege1,
      journal_note_id: note!.id,
    });
    expect(await audits('inbox.file')).toHaveLength(1);
    const twice = await t.c.lege1('inbox.file', { documentId: r.id });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.code).toBe('INBOX_ALREADY_FILED');
  });

  it('refuses to file a document that is not matched to a patient', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const r = await t.importXml(statusMessage({ msgId: 'd-13', fnr: null }));
    const filed = await t.c.lege1('inbox.file', { documentId: r.id });
    expect(filed.ok).toBe(false);
    if (!filed.ok)
      expect(filed.error).toMatchObject({
        code: 'INBOX_NOT_MATCHED',
        message: 'Velg pasient for dokumentet før det arkiveres.',
      });
  });

  it('leaves nothing behind when filing fails half-way: no journal entry, the document still waits', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const r = await t.importXml(statusMessage({ msgId: 'd-14', fnr: t.kari.fnr }));
    await sql`CREATE TRIGGER test_fail_archive BEFORE UPDATE ON incoming_documents WHEN NEW.status = 'arkivert'
      BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`.execute(db());
    const filed = await t.c.lege1('inbox.file', { documentId: r.id });
    expect(filed.ok).toBe(false);
    expect(await db().selectFrom('journal_notes').selectAll().execute()).toHaveLength(0);
    expect(await audits('inbox.file')).toHaveLength(0);
    expect((await documents())[0]).toMatchObject({ status: 'til_behandling', journal_note_id: null });
  });

  it('files a document once: a second clinician who read it before it was filed writes nothing', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const r = await t.importXml(statusMessage({ msgId: 'd-cas', fnr: t.kari.fnr }));
    const seen = await db()
      .selectFrom('incoming_documents')
      .selectAll()
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    value(await t.c.lege1('inbox.file', { documentId: r.id }));
    const late = await updateIncomingDocumentState(db(), seen, { status: 'arkivert', updated_at: seen.updated_at });
    expect(late).toBe(false);
    expect(await db().selectFrom('journal_notes').selectAll().execute()).toHaveLength(1);
  });

  it('leaves nothing behind when storing fails: no document, no audit row', async () => {
    t = await inboxClinic(tempDir(), () => now);
    await sql`CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_events WHEN NEW.action = 'inbox.receive'
      BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`.execute(db());
    await expect(t.importXml(statusMessage({ msgId: 'd-15', fnr: t.kari.fnr }))).rejects.toThrow(/simulated failure/);
    expect(await documents()).toHaveLength(0);
  });

  it('never deletes or rewrites what was received', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const r = await t.importXml(statusMessage({ msgId: 'd-16', fnr: t.kari.fnr }));
    await expect(db().deleteFrom('incoming_documents').where('id', '=', r.id).execute()).rejects.toThrow(
      /never deleted/,
    );
    await expect(
      db().updateTable('incoming_documents').set({ raw_xml: '<x/>' }).where('id', '=', r.id).execute(),
    ).rejects.toThrow(/never edited/);
  });

  it('takes an AppRec for a henvisning we did not send into the queue with the reason', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const xml = readFileSync(path.join(APPRECS, '1.1/example-avvist.xml'), 'utf8');
    const r = await t.importXml(xml);
    expect(r).toMatchObject({ kind: 'apprec', status: 'uavklart', patientId: null });
    expect(r.unmatchedReason).toBe('Kvitteringen gjelder ingen henvisning Allmenn har sendt.');
    const opened = value(await t.c.lege1('inbox.open', { documentId: r.id }));
    expect(opened.content.sections).toContainEqual({ heading: 'Status', text: 'Avvist' });
    expect(opened.content.sections).toContainEqual({ heading: 'Feil', text: 'E21 Mottaker finnes ikke' });
  });
});
