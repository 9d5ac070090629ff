/**
 * Drugs and prescriptions in memory for component tests, put on a FakeAllmenn's API beside its other handlers. A
 * tiny demo catalogue (fictional packages of real substances), main's rules where the screen can see them: the
 * shared expiry rule, CAVE by ATC group, a fixed interaction list with FEST severity (and one "Ikke vurdert"), the
 * A/B låst warning, H-resept refused, and issue() refusing unexplained warnings with main's error code.
 */
import type { DrugProductView, DrugSearchResult, DrugSubstanceView } from '../../../shared/api/drug-views';
import type {
  IssuedPrescription,
  PrescriptionCheckView,
  PrescriptionView,
  RfPrescriptionListView,
} from '../../../shared/api/prescription-views';
import { PRESCRIPTION_STATUS_LABELS, type PrescriptionStatusView } from '../../../shared/api/prescription-views';
import { calls } from '../../../shared/api/contract';
import { ErrorCode } from '../../../shared/api/error-codes';
import { fail, ok, type Result } from '../../../shared/api/result';
import {
  isOverridable,
  maximumExpiry,
  type RefundCode,
  type RuleFinding,
} from '../../../shared/rules/prescription-rules';
import type { PrescriptionDraft, PrescriptionIssue } from '../../../shared/schemas/prescription.schema';
import type { FakeAllmenn } from './fake-allmenn';

export const FAKE_PRESCRIBED_ON = '2026-03-01';

function product(
  id: string,
  name: string,
  strength: string,
  atc: [string, string],
  reseptgruppe: string,
  options: { refund?: boolean; packs?: string[] } = {},
): DrugProductView {
  const refund = options.refund ? [{ hjemmelCode: '200', hjemmel: '§5-14 §2' }] : [];
  return {
    kind: 'product',
    id,
    name,
    nameFormStrength: `${name} tab ${strength}`,
    form: 'Tablett',
    strength,
    atc: { code: atc[0], name: atc[1] },
    reseptgruppe,
    preparattype: null,
    blackTriangle: false,
    isDemo: true,
    refund,
    packages: (options.packs ?? ['30 stk', '100 stk']).map((size, i) => ({
      id: `${id}-pk${i + 1}`,
      varenr: `${id.replace(/\D/g, '').padStart(4, '0')}${i + 1}`.slice(-6),
      packSize: size,
      packType: 'Boks',
      reseptgruppe,
      refund,
      deregisteredOn: null,
    })),
  };
}

export const FAKE_DRUGS: DrugProductView[] = [
  product('p1', 'Atorvastatin Demo', '20 mg', ['C10AA05', 'atorvastatin'], 'C', { refund: true }),
  product('p2', 'Ibuprofen Demo', '400 mg', ['M01AE01', 'ibuprofen'], 'C'),
  product('p3', 'Warfarin Demo', '2,5 mg', ['B01AA03', 'warfarin'], 'C', { refund: true }),
  product('p4', 'Diazepam Demo', '5 mg', ['N05BA01', 'diazepam'], 'B'),
  product('p5', 'Amoksicillin Demo', '500 mg', ['J01CA04', 'amoksicillin'], 'C'),
  product('p6', 'Paracetamol Demo', '500 mg', ['N02BE01', 'paracetamol'], 'F'),
];

/** Substance groups for virkestoffordinering; each stands for the product with the same ATC code above. */
export const FAKE_SUBSTANCES: DrugSubstanceView[] = [
  {
    kind: 'substance',
    id: 'lmv-amoksicillin-500',
    nameFormStrength: 'Amoksicillin Tab 500 mg',
    form: 'Tablett',
    atc: { code: 'J01CA04', name: 'amoksicillin' },
    reseptgruppe: 'C',
    isDemo: true,
    productCount: 3,
    refund: [],
  },
];

/** The product a draft names: its package's, or for a substance the product with the substance's ATC. */
function drugOf(draft: { packageId?: string | undefined; substanceId?: string | undefined }) {
  if (draft.substanceId) {
    const substance = FAKE_SUBSTANCES.find((s) => s.id === draft.substanceId);
    const drug = FAKE_DRUGS.find((d) => d.atc?.code === substance?.atc?.code);
    if (!substance || !drug) throw new Error(`unknown substance ${draft.substanceId}`);
    return { drug: { ...drug, nameFormStrength: substance.nameFormStrength }, pack: null };
  }
  return drugByPackage(draft.packageId ?? '');
}

/** § 2 codes for the drugs with refund; Kari's diagnosis T93 (lipidforstyrrelse) is the one main would suggest. */
const REFUND_CODES: RefundCode[] = [
  { system: 'ICPC-2', code: 'T93', text: 'Lipidforstyrrelse' },
  { system: 'ICD-10', code: 'E78', text: 'Forstyrrelser i lipoproteinmetabolismen' },
];

export interface FakePrescriptions {
  prescriptions: PrescriptionView[];
  /** Interactions with the patient's current medicines by ATC, as FEST would give them. */
  interactions: Record<string, RuleFinding[]>;
  /** Refusjonskode main "matches" to the patient's diagnoses. */
  suggestedCode: RefundCode | undefined;
  /** Changes a stored prescription, as the delivery worker would (then the list shows it on its next refresh). */
  setStatus(id: string, status: PrescriptionStatusView, extra?: Partial<PrescriptionView>): void;
  /** RF's reseptliste as main would read it; requestRfList makes it pending, the test makes it received. */
  rfList: RfPrescriptionListView;
  /** Patients the print was asked for. */
  printed: string[];
  /** drugs.importFest waits for this before it answers (the test emits progress meanwhile). */
  festImportGate?: Promise<void>;
}

function drugByPackage(packageId: string): { drug: DrugProductView; pack: DrugProductView['packages'][number] } {
  for (const drug of FAKE_DRUGS) {
    const pack = drug.packages.find((p) => p.id === packageId);
    if (pack) return { drug, pack };
  }
  throw new Error(`unknown package ${packageId}`);
}

/** Adds drugs.* and prescriptions.* to the fake; returns the store the test can look at and change. */
export function addFakePrescriptions(fake: FakeAllmenn): FakePrescriptions {
  const store: FakePrescriptions = {
    prescriptions: [],
    interactions: {
      M01AE01: [
        {
          id: 'interaksjon:B01AA03:M01AE01',
          kind: 'interaksjon',
          severity: 'hoy',
          message: 'Interaksjon med Warfarin Demo: Bør unngås. Økt blødningsrisiko.',
        },
      ],
      N02BE01: [
        {
          id: 'interaksjon:B01AA03:N02BE01',
          kind: 'interaksjon',
          severity: 'lav',
          message:
            'Interaksjon med Warfarin Demo: Ikke vurdert. Legemiddelverket har ikke vurdert denne kombinasjonen; det betyr ikke at den er trygg.',
        },
      ],
    },
    suggestedCode: REFUND_CODES[0],
    rfList: {
      state: 'none',
      requestedAt: null,
      receivedAt: null,
      error: null,
      lockedPrescriptionsExist: false,
      patientReservation: false,
      searchStatus: null,
      items: [],
    },
    printed: [],
    setStatus(id, status, extra = {}) {
      store.prescriptions = store.prescriptions.map((p) =>
        p.id === id ? { ...p, ...extra, status, statusLabel: PRESCRIPTION_STATUS_LABELS[status] } : p,
      );
    },
  };

  const cave = (patientId: string, atc: string): RuleFinding[] =>
    fake.register.patients
      .find((p) => p.id === patientId)
      ?.cave?.filter((c) => c.status === 'aktiv' && c.allergenAtc && atc.startsWith(c.allergenAtc.slice(0, 4)))
      .map((c) => ({
        id: `cave:${c.entryId}`,
        kind: 'cave' as const,
        severity: 'hoy' as const,
        message: `CAVE: ${c.allergenText} (${c.allergenAtc ?? ''}) – ${c.reaction ?? 'reaksjon ikke oppgitt'}. Samme ATC-gruppe som ${atc}.`,
      })) ?? [];

  const check = (draft: PrescriptionDraft): PrescriptionCheckView => {
    const { drug } = drugOf(draft);
    const atc = drug.atc?.code ?? '';
    const findings: RuleFinding[] = [];
    if (draft.kind === 'h') {
      findings.push({
        id: 'regel:h-resept',
        kind: 'regel',
        severity: 'stopp',
        message: 'H-resept kan bare skrives av leger i spesialisthelsetjenesten. Som fastlege kan du ikke skrive den.',
      });
    }
    if (draft.kind === 'bla' && draft.refund?.hjemmel === '2' && !draft.refund.code) {
      findings.push({
        id: 'regel:bla-p2-uten-kode',
        kind: 'regel',
        severity: 'stopp',
        message: 'Blå resept etter § 2 må ha en refusjonskode (ICPC-2 eller ICD-10) som gjelder for legemidlet.',
      });
    }
    findings.push(...cave(draft.patientId, atc), ...(store.interactions[atc] ?? []));
    if (draft.locked && (drug.reseptgruppe === 'A' || drug.reseptgruppe === 'B')) {
      findings.push({
        id: 'reseptgruppe:ab-last',
        kind: 'reseptgruppe',
        severity: 'hoy',
        message: `Låst resept på et legemiddel i reseptgruppe ${drug.reseptgruppe} skjules for andre leger og apotek i reseptformidleren. Det frarådes sterkt; skriv den bare låst når pasienten krever det.`,
      });
    }
    const max = maximumExpiry({ prescribedOn: FAKE_PRESCRIBED_ON, atcCode: atc, kind: draft.kind });
    return {
      findings,
      blocked: findings.some((f) => !isOverridable(f)),
      expiry: { maxExpiresOn: max.expiresOn, expiresOn: draft.expiresOn ?? max.expiresOn, rule: max.rule },
      refund: {
        hjemler: drug.refund.length > 0 ? ['2', '3'] : ['3'],
        codes: drug.refund.length > 0 ? REFUND_CODES : [],
        ...(drug.refund.length > 0 && store.suggestedCode ? { suggestedCode: store.suggestedCode } : {}),
      },
      drug: { name: drug.name, nameFormStrength: drug.nameFormStrength, atcCode: atc, reseptgruppe: drug.reseptgruppe },
    };
  };

  const issue = (input: PrescriptionIssue): Result<IssuedPrescription> => {
    const view = check(input);
    const stops = view.findings.filter((f) => !isOverridable(f));
    if (stops.length > 0) return fail('PRESCRIPTION_REFUSED', stops.map((f) => f.message).join(' '));
    const reasons = new Map(input.overrides.map((o) => [o.checkId, o.reason]));
    const missing = view.findings.filter((f) => !reasons.get(f.id));
    if (missing.length > 0) {
      return fail(
        'PRESCRIPTION_WARNINGS_NEED_REASONS',
        `Resepten har advarsler som må begrunnes: ${missing.map((f) => f.message).join(' ')}`,
        Object.fromEntries(missing.map((f) => [f.id, 'Skriv en begrunnelse'])),
      );
    }
    const { drug, pack } = drugOf(input);
    const n = store.prescriptions.length + 1;
    const overridden = view.findings.map((f) => ({
      checkId: f.id,
      kind: f.kind,
      severity: f.severity,
      message: f.message,
      reason: reasons.get(f.id) ?? '',
      by: fake.session?.summary.displayName ?? 'Ukjent',
      at: `${FAKE_PRESCRIBED_ON}T10:00:00.000Z`,
    }));
    const prescription: PrescriptionView = {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      reseptId: `resept-${n}`,
      patientId: input.patientId,
      prescriberId: fake.session?.summary.id ?? 'u-lege',
      status: 'klar',
      statusLabel: PRESCRIPTION_STATUS_LABELS.klar,
      statusAt: `${FAKE_PRESCRIBED_ON}T10:00:00.000Z`,
      rejectionReason: null,
      createdAt: `${FAKE_PRESCRIBED_ON}T10:00:00.000Z`,
      kind: input.kind === 'bla' ? 'bla' : 'hvit',
      drug: {
        name: drug.name,
        nameFormStrength: drug.nameFormStrength,
        atcCode: drug.atc?.code ?? null,
        atcText: drug.atc?.name ?? null,
        reseptgruppe: drug.reseptgruppe,
        varenr: pack?.varenr ?? null,
        packSize: pack?.packSize ?? null,
        packUnit: pack ? 'stk' : null,
        strength: drug.strength,
        form: drug.form,
      },
      dssn: input.dssn,
      bruksomrade: input.bruksomrade ?? null,
      packages: input.packages ?? null,
      durationDays: input.durationDays ?? null,
      reit: input.reit,
      refund:
        input.kind === 'bla' && input.refund?.hjemmel
          ? { hjemmel: input.refund.hjemmel, code: input.refund.code ?? null }
          : null,
      locked: input.locked,
      referenceNumber: input.locked ? `RF${String(n).padStart(8, '0')}` : null,
      noSubstitution: input.noSubstitution,
      validFrom: FAKE_PRESCRIBED_ON,
      expiresOn: view.expiry.expiresOn,
      renewedFromId: null,
      revokeRequestedAt: null,
      revokedAt: null,
      revokeReason: null,
      lastDispensedAt: null,
      current: true,
      overrides: overridden,
    };
    store.prescriptions = [prescription, ...store.prescriptions];
    return ok({ prescription, overridden });
  };

  const answer = async <T>(call: keyof typeof calls, input: unknown, run: (parsed: never) => Result<T>) => {
    fake.calls.push({ call, input });
    fake.callTimes.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 0));
    const parsed = calls[call].input.safeParse(input);
    if (!parsed.success) return fail(ErrorCode.invalidInput, 'Noen felt er ikke fylt ut riktig.');
    return run(parsed.data as never);
  };

  Object.assign(fake.api.drugs, {
    search: (input: unknown) =>
      answer('drugs.search', input, (parsed: { query: string }): Result<DrugSearchResult> => {
        const q = parsed.query.trim().toLowerCase();
        const products = FAKE_DRUGS.filter(
          (d) =>
            q.length > 0 &&
            (d.name.toLowerCase().startsWith(q) ||
              (d.atc?.code.toLowerCase().startsWith(q) ?? false) ||
              (d.atc?.name?.toLowerCase().startsWith(q) ?? false)),
        );
        const substances = FAKE_SUBSTANCES.filter(
          (d) =>
            q.length > 0 &&
            (d.nameFormStrength.toLowerCase().startsWith(q) || (d.atc?.code.toLowerCase().startsWith(q) ?? false)),
        );
        return ok({ matchedBy: products.length > 0 ? 'name' : 'none', products, substances });
      }),
    importFest: async (input: unknown) => {
      await store.festImportGate;
      return answer('drugs.importFest', input, (d: { fileName: string; contentBase64: string }) =>
        ok({
          source: 'fest' as const,
          fileName: d.fileName,
          fileBytes: Buffer.from(d.contentBase64, 'base64').byteLength,
          retrievedAt: '2026-11-20T06:00:00',
          counts: {
            products: 9000,
            packages: 30000,
            substances: 2500,
            ingredients: 1800,
            refundGroups: 700,
            refundCodes: 4000,
            conditions: 300,
            interactions: 1200,
          },
          skipped: { withdrawn: 12, olderVersions: 3 },
          durationMs: 41_500,
        }),
      );
    },
    catalogue: (input: unknown) =>
      answer('drugs.catalogue', input, () =>
        ok({
          source: 'demo' as const,
          retrievedAt: '2026-01-01T00:00:00Z',
          importedAt: '2026-01-02T00:00:00Z',
          products: FAKE_DRUGS.length,
          packages: FAKE_DRUGS.length * 2,
        }),
      ),
  });
  Object.assign(fake.api.prescriptions, {
    check: (input: unknown) => answer('prescriptions.check', input, (d: PrescriptionDraft) => ok(check(d))),
    issue: (input: unknown) => answer('prescriptions.issue', input, (d: PrescriptionIssue) => issue(d)),
    list: (input: unknown) =>
      answer('prescriptions.list', input, (d: { patientId: string }) =>
        ok(store.prescriptions.filter((p) => p.patientId === d.patientId)),
      ),
    renew: (input: unknown) =>
      answer('prescriptions.renew', input, (d: { prescriptionId: string }): Result<IssuedPrescription> => {
        const old = store.prescriptions.find((p) => p.id === d.prescriptionId);
        if (!old) return fail(ErrorCode.notFound, 'Fant ikke resepten.');
        const n = store.prescriptions.length + 1;
        const prescription: PrescriptionView = {
          ...old,
          id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
          reseptId: `resept-${n}`,
          status: 'klar',
          statusLabel: PRESCRIPTION_STATUS_LABELS.klar,
          renewedFromId: old.id,
          lastDispensedAt: null,
          overrides: [],
        };
        store.prescriptions = [prescription, ...store.prescriptions];
        return ok({ prescription, overridden: [] });
      }),
    requestRfList: (input: unknown) =>
      answer('prescriptions.requestRfList', input, () => {
        store.rfList = { ...store.rfList, state: 'pending', requestedAt: `${FAKE_PRESCRIBED_ON}T10:00:00.000Z` };
        return ok(store.rfList);
      }),
    rfList: (input: unknown) => answer('prescriptions.rfList', input, () => ok(store.rfList)),
    print: (input: unknown) =>
      answer('prescriptions.print', input, (d: { patientId: string }) => {
        store.printed.push(d.patientId);
        return ok({ fileName: 'resepter-nordmann.pdf', pdfBase64: 'JVBERi0xLjcK' });
      }),
    revoke: (input: unknown) =>
      answer('prescriptions.revoke', input, (d: { prescriptionId: string; reason: string }) => {
        store.setStatus(d.prescriptionId, 'tilbakekalt', {
          revokeRequestedAt: `${FAKE_PRESCRIBED_ON}T11:00:00.000Z`,
          revokedAt: `${FAKE_PRESCRIBED_ON}T11:00:00.000Z`,
          revokeReason: d.reason,
          current: false,
        });
        const revoked = store.prescriptions.find((p) => p.id === d.prescriptionId);
        return revoked ? ok(revoked) : fail(ErrorCode.notFound, 'Fant ikke resepten.');
      }),
  });
  return store;
}
