/**
 * Innboks in memory for component tests, put on a FakeAllmenn's API beside its other handlers: documents with
 * main's role rule (lege only), its ordering (newest first), manual matching with a reason, and filing that marks a
 * document arkivert. `arrive` adds a document and pushes 'inbox.changed' as main does.
 */
import { calls } from '../../../shared/api/contract';
import { ErrorCode } from '../../../shared/api/error-codes';
import {
  INBOX_KIND_LABELS,
  INBOX_STATUS_LABELS,
  type InboxDocumentView,
  type InboxListView,
  type InboxStatus,
} from '../../../shared/api/inbox-views';
import { fail, ok, type Result } from '../../../shared/api/result';
import type { InboxFile, InboxMatch } from '../../../shared/schemas/inbox.schema';
import type { FakeAllmenn } from './fake-allmenn';
import { fixtureId } from './fake-patient-fixtures';

export interface FakeInbox {
  documents: InboxDocumentView[];
  changes: { call: string; input: unknown }[];
  document(partial: Partial<InboxDocumentView> & Pick<InboxDocumentView, 'id'>): InboxDocumentView;
  arrive(doc: InboxDocumentView): void;
}

export const FAKE_EPIKRISE_ID = fixtureId(801);
export const FAKE_UNMATCHED_ID = fixtureId(802);

export function addFakeInbox(fake: FakeAllmenn): FakeInbox {
  const role = () => fake.session?.summary.role;
  const inbox: FakeInbox = {
    documents: [],
    changes: [],
    document(partial) {
      return {
        msgId: `msg-${partial.id}`,
        kind: 'epikrise',
        kindLabel: 'Epikrise',
        title: 'Sykehusepikrise',
        standardVersion: 'Epikrise v1.2',
        status: 'til_behandling',
        statusLabel: 'Til behandling',
        receivedAt: '2026-03-02T08:00:00.000Z',
        documentDate: '2026-03-01T14:30:00',
        source: 'helsenett',
        sender: { name: 'Sykehuset Fjordbyen HF, Medisinsk avdeling', herId: '90998', person: 'Overlege Rita Lin' },
        patient: { id: fixtureId(1), name: 'Nordmann, Kari', identityNumber: '03456200100' },
        patientInMessage: { name: 'Nordmann, Kari', ident: '03456200100', identType: 'FNR' },
        referralId: null,
        unmatchedReason: null,
        filedAt: null,
        filedBy: null,
        content: {
          title: 'Sykehusepikrise',
          sections: [
            { heading: 'Årsak til innleggelse', text: 'Feber og slapphet i to uker.' },
            { heading: 'Vurdering', text: 'Ferdigbehandlet. Kontroll hos fastlege om 4 uker.' },
          ],
          diagnoses: [{ code: 'I330', system: 'ICD-10', text: 'Endokarditt', role: 'Hoveddiagnose' }],
          medicines: [
            { name: 'Furix', atcCode: 'C03CA01', dose: '20 mg', dosage: '1 tabl. om morgenen', status: null },
          ],
          assessment: 'Ferdigbehandlet. Kontroll hos fastlege om 4 uker.',
          author: 'Overlege Rita Lin',
        },
        schemaErrors: [],
        facts: { assessedAt: null, frist: null, appointmentAt: null, rightToCare: null },
        journalNoteId: null,
        ...partial,
      };
    },
    arrive(doc) {
      inbox.documents.unshift(doc);
      fake.emit('inbox.changed', { reason: 'mottatt' });
    },
  };

  const answer = async <T>(call: keyof typeof calls, input: unknown, run: (parsed: never) => Result<T>) => {
    fake.calls.push({ call, input });
    fake.callTimes.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 0));
    const parsed = calls[call].input.safeParse(input);
    if (!parsed.success) return fail(ErrorCode.invalidInput, 'Noen felt er ikke fylt ut riktig.');
    if (role() !== 'lege') return fail(ErrorCode.forbidden, 'Du har ikke tilgang til dette med din rolle.');
    return run(parsed.data as never);
  };
  const changed = (call: string, input: unknown, reason: string) => {
    inbox.changes.push({ call, input });
    setTimeout(() => fake.emit('inbox.changed', { reason }), 0);
  };
  const find = (id: string) => inbox.documents.find((d) => d.id === id);
  const setStatus = (doc: InboxDocumentView, status: InboxStatus) =>
    Object.assign(doc, { status, statusLabel: INBOX_STATUS_LABELS[status] });
  const item = (d: InboxDocumentView) => {
    const { content: _c, schemaErrors: _s, facts: _f, journalNoteId: _j, ...rest } = d;
    return rest;
  };

  Object.assign(fake.api.inbox, {
    list: (input: unknown) =>
      answer('inbox.list', input, (parsed: { filter: string }): Result<InboxListView> => {
        const active = (s: InboxStatus) => s !== 'arkivert';
        const chosen = inbox.documents.filter((d) =>
          parsed.filter === 'alle' ? true : parsed.filter === 'aktive' ? active(d.status) : d.status === parsed.filter,
        );
        const count = (s: InboxStatus) => inbox.documents.filter((d) => d.status === s).length;
        return ok({
          items: chosen.map(item),
          counts: {
            uavklart: count('uavklart'),
            til_behandling: count('til_behandling'),
            arkivert: count('arkivert'),
            ugyldig: count('ugyldig'),
          },
        });
      }),
    open: (input: unknown) =>
      answer('inbox.open', input, (parsed: { documentId: string }) => {
        const doc = find(parsed.documentId);
        return doc ? ok(structuredClone(doc)) : fail(ErrorCode.notFound, 'Fant ikke dokumentet i innboksen.');
      }),
    match: (input: unknown) =>
      answer('inbox.match', input, (parsed: InboxMatch) => {
        const doc = find(parsed.documentId);
        if (!doc) return fail(ErrorCode.notFound, 'Fant ikke dokumentet i innboksen.');
        if (doc.patient) return fail('INBOX_ALREADY_MATCHED', 'Dokumentet er allerede knyttet til en pasient.');
        const p = fake.register.patients.find((x) => x.id === parsed.patientId);
        if (!p) return fail(ErrorCode.notFound, 'Fant ikke pasienten.');
        doc.patient = { id: p.id, name: `${p.familyName}, ${p.givenName}`, identityNumber: p.identityNumber };
        setStatus(doc, 'til_behandling');
        changed('inbox.match', parsed, 'koblet');
        return ok(structuredClone(doc));
      }),
    file: (input: unknown) =>
      answer('inbox.file', input, (parsed: InboxFile) => {
        const doc = find(parsed.documentId);
        if (!doc) return fail(ErrorCode.notFound, 'Fant ikke dokumentet i innboksen.');
        if (doc.status === 'arkivert')
          return fail('INBOX_ALREADY_FILED', 'Dokumentet er allerede arkivert i journalen.');
        if (!doc.patient) return fail('INBOX_NOT_MATCHED', 'Velg pasient for dokumentet før det arkiveres.');
        setStatus(doc, 'arkivert');
        Object.assign(doc, {
          filedAt: '2026-03-02T09:00:00.000Z',
          filedBy: fake.session?.summary.displayName ?? null,
          journalNoteId: fixtureId(899),
        });
        changed('inbox.file', parsed, 'arkivert');
        return ok(structuredClone(doc));
      }),
  });
  void INBOX_KIND_LABELS;
  return inbox;
}
