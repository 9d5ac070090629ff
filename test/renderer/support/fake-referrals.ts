/**
 * Referrals in memory for component tests, put on a FakeAllmenn's API: a pre-fill for any patient, a three-entry
 * address register, and send() enforcing the same required fields as main (missingForSending).
 */
import { calls } from '../../../shared/api/contract';
import { ErrorCode } from '../../../shared/api/error-codes';
import {
  REFERRAL_STATUS_LABELS,
  type RecipientView,
  type ReferralComposeView,
  type ReferralDetailView,
} from '../../../shared/api/referral-views';
import { fail, ok, type Result } from '../../../shared/api/result';
import { missingForSending, type ReferralChange, type ReferralSave } from '../../../shared/schemas/referral.schema';
import type { FakeAllmenn } from './fake-allmenn';

export const FAKE_RECIPIENTS: RecipientView[] = [
  ['999900103', 'Haugesund sjukehus', 'Ortopedisk poliklinikk', 'Ortopedisk kirurgi', 'Haugesund'],
  ['999900301', 'Haukeland universitetssjukehus', 'Nevrologisk poliklinikk', 'Nevrologi', 'Bergen'],
  ['999900801', 'Smedasundet øyelegepraksis (fiktiv)', null, 'Øyesykdommer', 'Haugesund'],
].map(([herId, name, department, specialty, city]) => ({
  herId: herId ?? '',
  name: name ?? '',
  department: department ?? null,
  kind: 'sykehusavdeling',
  kindLabel: 'Sykehusavdeling',
  specialty: specialty ?? null,
  addressLine: null,
  postalCode: null,
  city: city ?? null,
  organisationNumber: null,
  testValue: true,
}));

/** A sent referral as main shows it; patch what a test needs. */
export function fakeReferralView(patch: Partial<ReferralDetailView> = {}): ReferralDetailView {
  const r = FAKE_RECIPIENTS[0];
  return {
    id: '0190a5e0-0000-7000-8000-000000000801',
    patient: { id: '0190a5e0-0000-7000-8000-000000000002', name: 'Kari Nordmann', identityNumber: '14856812345' },
    authorName: 'Lege Legesen',
    recipient: r ? { herId: r.herId, name: r.name, department: r.department } : null,
    hastegrad: 'N',
    purpose: 'utredning',
    problemstilling: 'Kneskade',
    mainDiagnosis: { system: 'ICPC-2', code: 'L96', text: 'Akutt meniskskade' },
    status: 'sendt',
    statusLabel: REFERRAL_STATUS_LABELS.sendt,
    statusAt: '2026-03-01T10:00:00.000Z',
    rejectionReason: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    sentAt: '2026-03-01T10:00:00.000Z',
    frist: null,
    appointmentAt: null,
    overdue: { noAppRec: false, noAssessment: false, assessmentDue: '2026-03-13' },
    content: {
      recipientHerId: r?.herId,
      hastegrad: 'N',
      purpose: 'utredning',
      rightsAssessment: true,
      problemstilling: 'Kneskade',
      askedFor: 'Artroskopi?',
      diagnoses: [{ system: 'ICPC-2', code: 'L96', text: 'Akutt meniskskade' }],
      history: '',
      findings: '',
      medicines: [],
      cave: [],
      criticalInfo: '',
      interpreter: { needed: false, language: '' },
      nextOfKin: [],
      copyRecipients: [],
      attachmentNoteIds: [],
    },
    documentId: 'doc-1',
    cancelReason: null,
    rightToCare: null,
    events: [
      { kind: 'opprettet', at: '2026-03-01T10:00:00.000Z', label: 'Utkast opprettet', detail: null },
      { kind: 'sendt', at: '2026-03-01T10:00:00.000Z', label: 'Sendt', detail: null },
    ],
    recipientEntry: r ?? null,
    copyRecipients: [],
    ...patch,
  };
}

export interface FakeReferrals {
  sent: ReferralDetailView[];
}

export function addFakeReferrals(fake: FakeAllmenn): FakeReferrals {
  const store: FakeReferrals = { sent: [] };
  const answer = async <T>(call: keyof typeof calls, input: unknown, run: (parsed: never) => Result<T>) => {
    fake.calls.push({ call, input });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const parsed = calls[call].input.safeParse(input);
    if (!parsed.success) return fail(ErrorCode.invalidInput, 'Noen felt er ikke fylt ut riktig.');
    return run(parsed.data as never);
  };
  const compose = (patientId: string): ReferralComposeView => ({
    patient: {
      id: patientId,
      name: 'Kari Nordmann',
      identityNumber: '14856812345',
      birthDate: '1968-05-14',
      addressLine: 'Strandgata 12',
      postalCode: '5501',
      city: 'Haugesund',
      phone: '91234567',
      preferredLanguage: null,
      interpreterNeeded: false,
    },
    referrer: {
      name: 'Lege Legesen',
      hprNumber: '1000001',
      clinicName: 'Fjordbyen legesenter',
      clinicHerId: '81234',
      clinicOrganisationNumber: '974760673',
    },
    suggested: {
      rightsAssessment: true,
      problemstilling: '',
      askedFor: '',
      diagnoses: [{ system: 'ICPC-2', code: 'L96', text: 'Akutt meniskskade' }],
      history: '',
      findings: '',
      medicines: [{ name: 'Paracet tab 500 mg', dosing: '1 ved behov' }],
      cave: [{ text: 'Penicillin', reaction: 'Urticaria', severity: 'Moderat' }],
      criticalInfo: '',
      interpreter: { needed: false, language: '' },
      nextOfKin: [],
      copyRecipients: [],
      attachmentNoteIds: [],
    },
    diagnosisOptions: [{ system: 'ICPC-2', code: 'L96', text: 'Akutt meniskskade', lasting: false }],
    recentNotes: [
      {
        noteId: '0190a5e0-0000-7000-8000-000000000901',
        occurredAt: '2026-03-01T09:00:00.000Z',
        contactType: 'oppmote',
        reasonForContact: 'Vondt i kneet',
        anamnese: 'Smerter i høyre kne i tre måneder.',
        funn: 'Positiv McMurray.',
        vurdering: 'Meniskskade?',
        diagnoses: [],
      },
    ],
    drafts: [],
  });
  Object.assign(fake.api.referrals, {
    compose: (input: unknown) =>
      answer('referrals.compose', input, (d: { patientId: string }) => ok(compose(d.patientId))),
    recipients: (input: unknown) =>
      answer('referrals.recipients', input, (d: { query: string }) => {
        const words = d.query.toLowerCase().split(/\s+/).filter(Boolean);
        return ok(
          FAKE_RECIPIENTS.filter((r) => {
            const text = [r.name, r.department, r.specialty, r.city].join(' ').toLowerCase();
            return words.every((w) => text.includes(w));
          }),
        );
      }),
    send: (input: unknown) =>
      answer('referrals.send', input, (d: ReferralSave): Result<ReferralDetailView> => {
        const missing = missingForSending(d.content);
        if (Object.keys(missing).length > 0) {
          return fail('REFERRAL_INCOMPLETE', 'Henvisningen mangler felt.', missing);
        }
        const r = FAKE_RECIPIENTS.find((x) => x.herId === d.content.recipientHerId);
        const view = fakeReferralView({
          id: `0190a5e0-0000-7000-8000-${String(store.sent.length + 1).padStart(12, '0')}`,
          patient: { id: d.patientId, name: 'Kari Nordmann', identityNumber: '14856812345' },
          recipient: r ? { herId: r.herId, name: r.name, department: r.department } : null,
          recipientEntry: r ?? null,
          hastegrad: d.content.hastegrad ?? null,
          purpose: d.content.purpose ?? null,
          problemstilling: d.content.problemstilling,
          mainDiagnosis: d.content.diagnoses[0] ?? null,
          content: d.content,
        });
        store.sent.push(view);
        return ok(view);
      }),
    list: (input: unknown) =>
      answer('referrals.list', input, (q: { filter: string }) =>
        ok(
          store.sent.filter((r) =>
            q.filter === 'forsinket'
              ? r.overdue.noAppRec || r.overdue.noAssessment
              : q.filter === 'utkast'
                ? r.status === 'utkast'
                : true,
          ),
        ),
      ),
    change: (input: unknown) =>
      answer('referrals.change', input, (d: ReferralChange): Result<ReferralDetailView> => {
        const i = store.sent.findIndex((r) => r.id === d.referralId);
        const old = store.sent[i];
        if (!old) return fail(ErrorCode.notFound, 'Fant ikke henvisningen.');
        const changed: ReferralDetailView = {
          ...old,
          content: d.content,
          problemstilling: d.content.problemstilling,
          events: [
            ...old.events,
            { kind: 'endret', at: '2026-03-02T10:00:00.000Z', label: 'Endring sendt', detail: d.reason },
          ],
        };
        store.sent[i] = changed;
        return ok(changed);
      }),
    importRegister: (input: unknown) =>
      answer('referrals.importRegister', input, (d: { fileName: string }) =>
        ok({
          fileName: d.fileName,
          added: 1,
          updated: 0,
          errors: [{ line: 3, message: 'Linje 3: ugyldig HER-id «abc» (bare sifre, høyst ni).' }],
        }),
      ),
    letter: (input: unknown) =>
      answer('referrals.letter', input, () => ok({ fileName: 'Henvisning Kari Nordmann.pdf', pdfBase64: 'JVBERi0=' })),
    get: (input: unknown) =>
      answer('referrals.get', input, (d: { referralId: string }) => {
        const found = store.sent.find((s) => s.id === d.referralId);
        return found ? ok(found) : fail(ErrorCode.notFound, 'Fant ikke henvisningen.');
      }),
  });
  return store;
}
