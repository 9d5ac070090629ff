/**
 * export-sample-messages --out DIR: one complete MsgHead document per kind of message Allmenn sends, written by the
 * app's own code in a temporary demo clinic, so anyone can check them with their own validator. The demo clinic
 * issues a hvit, a blå and a låst resept, revokes one, asks for referansenumre and for the patient's reseptliste;
 * the delivery worker sends it all to the simulated reseptformidler, started as its own process on a free loopback
 * port (reseptformidler-process.ts),
 * whose AppRec on the hvit M1 is written too. Nothing is left behind but the files in DIR.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { closeDatabase } from '../../../db/backup';
import {
  incomingAnswersTo,
  outgoingOfKind,
  unsettledOutgoing,
} from '../../../db/repositories/prescriptions.repository';
import { findPrescriberCertificate } from '../../../db/repositories/prescriber-certificates.repository';
import { findUserById } from '../../../db/repositories/users.repository';
import type { Database } from '../../../db/schema';
import type { ClinicView, PatientCard } from '../../../shared/api/views';
import type { CallInput } from '../../../shared/api/contract';
import { patientInputSchema } from '../../../shared/schemas/patient.schema';
import { prescriptionIssueSchema } from '../../../shared/schemas/prescription.schema';
import { testNorgeIdentityNumber } from '../../../shared/rules/synthetic-identity';
import { openClinicDatabase } from '../../backend';
import { prescriptionDeliveryHooks } from '../../delivery/prescription-delivery';
import { startReseptformidlerProcess } from '../../delivery/reseptformidler-process';
import { buildHenvisningMessage } from '../../integrations/messages/henvisning.builder';
import { createMessageValidator } from '../../integrations/messages/xsd-validator';
import { createDeliveryWorker, type DeliveryWorker } from '../../integrations/outbox/delivery.worker';
import { createReseptformidlerClient } from '../../integrations/outbox/reseptformidler.client';
import type { ServiceContext } from '../../services/context';
import { createDemoService } from '../../services/demo/demo.service';
import { createServices, type Services } from '../../services/index';
import { ServiceError } from '../../services/service-error';
import { cliActor } from '../cli-actor';
import { CliError } from '../cli-error';
import type { Command } from './command';

/** The files, in the order they are listed. */
export const SAMPLE_FILES = [
  'm1-hvit.xml',
  'm1-bla.xml',
  'm1-last.xml',
  'm5.xml',
  'm95.xml',
  'm41.xml',
  'apprec.xml',
  'henvisning.xml',
];

/** How long the worker may take to bring every answer home (loopback: well under a second in practice). */
const SETTLE_MS = 30_000;

interface Sample {
  file: string;
  kind: string;
  description: string;
  xml: string;
}

export const exportSampleMessagesCommand: Command = {
  name: 'export-sample-messages',
  summary: 'skriv én eksempelmelding (MsgHead) per meldingstype appen sender, til mappen --out',
  options: [{ name: 'out', value: 'MAPPE', description: 'mappen filene skrives til (lages om den mangler)' }],
  positionals: [],
  usesDataDir: false,
  help: [
    'Trenger ingen --data-dir: kommandoen lager et midlertidig demolegekontor og en simulert reseptformidler',
    'på 127.0.0.1, og sletter begge etterpå. Filene: m1-hvit.xml, m1-bla.xml, m1-last.xml (M1 med signatur),',
    'm5.xml (tilbakekalling), m95.xml (reseptliste), m41.xml (referansenumre) og apprec.xml (fra reseptformidleren).',
    'Hver fil valideres mot de offisielle XSD-ene; avslutningskode 1 om en ikke validerer.',
  ],

  async run({ args, now, progress }) {
    const outArg = args.string('out');
    if (outArg === undefined) {
      throw new CliError('BAD_ARGUMENTS', 'export-sample-messages trenger --out MAPPE: hvor filene skal skrives.');
    }
    const out = path.resolve(outArg);
    try {
      fs.mkdirSync(out, { recursive: true });
      fs.accessSync(out, fs.constants.W_OK);
    } catch {
      throw new CliError('FILE_UNREADABLE', `Kan ikke skrive til mappen ${out}.`);
    }
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-eksempler-'));
    try {
      progress('Starter en simulert reseptformidler og et midlertidig demolegekontor …');
      const rf = await startReseptformidlerProcess({ dataDir: path.join(work, 'rf'), requireSignature: true });
      let samples: Sample[];
      try {
        samples = await produceSamples(path.join(work, 'legekontor'), rf.url, now, progress);
      } finally {
        await rf.close();
      }
      const validator = await createMessageValidator();
      const results = samples.map((s) => {
        fs.writeFileSync(path.join(out, s.file), s.xml, 'utf8');
        const verdict = validator.validate(s.xml);
        return { ...s, errors: verdict.valid ? [] : verdict.errors };
      });
      const invalid = results.filter((r) => r.errors.length > 0);
      return {
        exitCode: invalid.length > 0 ? 1 : 0,
        json: {
          out,
          files: results.map((r) => ({ file: r.file, kind: r.kind, valid: r.errors.length === 0, errors: r.errors })),
        },
        lines: [
          `Eksempelmeldingene er skrevet til ${out}:`,
          ...results.map(
            (r) =>
              `  ${r.file.padEnd(16)} ${r.kind.padEnd(21)} ${r.description}` +
              (r.errors.length > 0 ? `  VALIDERER IKKE: ${r.errors.join('; ')}` : ''),
          ),
          invalid.length > 0
            ? `${invalid.length} av ${results.length} filer validerer ikke mot XSD-ene.`
            : `Alle ${results.length} validerer mot de offisielle XSD-ene.`,
        ],
      };
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  },
};

/** A Test Norge fødselsnummer for 14.05.1968, female (fictional by construction). */
function samplePatientNumber(): string {
  for (let individnummer = 498; individnummer >= 0; individnummer -= 2) {
    const number = testNorgeIdentityNumber({ year: 1968, month: 5, day: 14 }, individnummer);
    if (number) return number;
  }
  throw new Error('no Test Norge number for the sample patient');
}

async function produceSamples(
  dataDir: string,
  rfUrl: string,
  now: Date,
  progress: (line: string) => void,
): Promise<Sample[]> {
  const { conn } = await openClinicDatabase(dataDir, now);
  try {
    const db = conn.db;
    const demo = await createDemoService(db).seed(cliActor(now), { patients: 0, seed: '1' });
    const services = createServices(db);
    const roleCtx = (role: 'lege' | 'helsesekretaer'): ServiceContext => {
      const login = demo.users.find((u) => u.user.role === role && (role !== 'lege' || u.user.hprNumber));
      if (!login) throw new Error(`the demo clinic has no ${role}`);
      return { user: { id: login.user.id, name: login.user.displayName }, role, workstation: 'cli', now };
    };
    const lege = roleCtx('lege');
    const patient = await services.patients.register(
      roleCtx('helsesekretaer'),
      patientInputSchema.parse({
        identityNumber: samplePatientNumber(),
        givenName: 'Kari',
        familyName: 'Nordmann',
        addressLine: 'Strandgata 12',
        postalCode: '5501',
      }),
    );
    const worker = createDeliveryWorker({
      db,
      client: createReseptformidlerClient({ baseUrl: rfUrl }),
      owner: `export-sample-messages:${process.pid}`,
      clinicHerId: demo.clinic.herId,
      hooks: prescriptionDeliveryHooks(db),
    });
    const draft = async (brand: string, extra: Partial<CallInput<'prescriptions.issue'>>) => ({
      patientId: patient.id,
      packageId: await firstPackage(services, lege, brand),
      dssn: '1 tablett daglig',
      packages: 1,
      reit: 0,
      kind: 'hvit' as const,
      ...extra,
    });

    progress('Skriver resepter: hvit, blå og låst …');
    const hvit = await issueWithReasons(services, lege, await draft('Norvasc', { bruksomrade: 'Mot høyt blodtrykk' }));
    const blaDraft = await draft('Lipitor', { kind: 'bla', reit: 3, bruksomrade: 'Mot høyt kolesterol' });
    const refund = (await services.prescriptions.check(lege, prescriptionIssueSchema.parse(blaDraft))).refund;
    const code = refund.suggestedCode ?? refund.codes[0];
    const bla = await issueWithReasons(services, lege, {
      ...blaDraft,
      refund: {
        hjemmel: '2',
        ...(code ? { code: { system: code.system, code: code.code } } : {}),
      },
    });
    await settle(db, worker);
    await services.prescriptions.revoke(lege, { prescriptionId: hvit.id, reason: 'Byttet til annet legemiddel' });
    const lastDraft = await draft('Paracet', { locked: true, dssn: '1–2 tabletter inntil 4 ganger daglig ved behov' });
    const last = await issueLocked(services, lege, lastDraft, () => settle(db, worker));
    await services.prescriptions.requestRfList(lege, patient.id);
    progress('Sender meldingene til reseptformidleren og henter svarene …');
    await settle(db, worker);
    const henvisning = await sampleHenvisning(db, { clinic: demo.clinic, doctorId: lege.user.id ?? '', patient, now });
    return [...(await collect(db, { hvit: hvit.reseptId, bla: bla.reseptId, last: last.reseptId })), henvisning];
  } finally {
    await closeDatabase(conn);
  }
}

/**
 * A Henvisning v2.0 (HIS 80517, "ny tilstand" HIS 1207) from the demo clinic's doctor about the sample patient to a
 * fictional hospital department, signed with the doctor's test certificate like an M1, built by the app's referral
 * builder (electron/integrations/messages/henvisning.builder.ts).
 */
async function sampleHenvisning(
  db: Kysely<Database>,
  p: { clinic: ClinicView; doctorId: string; patient: PatientCard; now: Date },
): Promise<Sample> {
  const doctor = await findUserById(db, p.doctorId);
  const certificate = await findPrescriberCertificate(db, p.doctorId);
  if (!doctor?.hpr_number || !certificate) throw new Error('the demo doctor has no HPR-nummer or certificate');
  const names = doctor.display_name.trim().split(/\s+/);
  const familyName = names.length > 1 ? (names.pop() ?? '') : doctor.display_name;
  const at = p.now.toISOString().replace(/\.\d+Z$/, 'Z');
  const xml = buildHenvisningMessage(
    {
      msgId: randomUUID(),
      genDate: at,
      kind: 'ny',
      referralId: randomUUID(),
      issueDate: at,
      sender: {
        clinicName: p.clinic.name,
        organisationNumber: p.clinic.organisationNumber,
        herId: p.clinic.herId,
        doctor: { familyName, givenName: names.join(' ') || familyName, hprNummer: doctor.hpr_number },
      },
      receiver: {
        organisationName: 'Fjordbyen sjukehus (fiktivt)',
        herId: '8140000',
        department: { name: 'Medisinsk poliklinikk', herId: '8140001' },
      },
      patient: {
        familyName: p.patient.familyName,
        givenName: p.patient.givenName,
        ident: { id: p.patient.identityNumber, type: 'FNR' },
        ...(p.patient.addressLine || p.patient.postalCode
          ? {
              address: {
                ...(p.patient.addressLine ? { streetAddress: p.patient.addressLine } : {}),
                ...(p.patient.postalCode ? { postalCode: p.patient.postalCode } : {}),
              },
            }
          : {}),
      },
      hastegrad: '0',
      assessRights: true,
      problemstilling: 'Vedvarende høyt blodtrykk trass i to legemidler. Ønsker vurdering av sekundær hypertensjon.',
      requested: 'utredning',
      diagnoses: [{ system: 'ICPC-2', code: 'K86', text: 'Hypertensjon ukomplisert' }],
      history: 'Hypertensjon kjent i fem år. Blodtrykk 165/100 ved gjentatte målinger.',
      medicines: [{ name: 'Norvasc Tab 5 mg', dosageText: '1 tablett daglig', atc: 'C08CA01' }],
    },
    { signer: { privateKeyPem: certificate.private_key_pem, certificatePem: certificate.certificate_pem } },
  );
  return {
    file: 'henvisning.xml',
    kind: 'HENVISNING_NYTILSTAND',
    description: 'henvisning v2.0 (ny tilstand), signert',
    xml,
  };
}

async function firstPackage(services: Services, ctx: ServiceContext, brand: string): Promise<string> {
  const found = await services.drugs.search(ctx, { query: brand, limit: 20 });
  const product = found.products.find((p) => p.name === brand) ?? found.products[0];
  const pkg = product?.packages[0];
  if (!pkg) throw new Error(`the demo catalogue has no package of ${brand}`);
  return pkg.id;
}

/** Issues with a recorded reason for every overridable warning, as a doctor would after reading them. */
async function issueWithReasons(
  services: Services,
  ctx: ServiceContext,
  input: CallInput<'prescriptions.issue'>,
): Promise<{ id: string; reseptId: string }> {
  const parsed = prescriptionIssueSchema.parse(input);
  const checked = await services.prescriptions.check(ctx, parsed);
  const issued = await services.prescriptions.issue(ctx, {
    ...parsed,
    overrides: checked.findings.map((f) => ({ checkId: f.id, reason: 'Vurdert for eksempelmeldingen' })),
  });
  return { id: issued.prescription.id, reseptId: issued.prescription.reseptId };
}

/** A låst resept needs a referansenummer from RF: the first attempt orders them (M4.1), the worker brings them. */
async function issueLocked(
  services: Services,
  ctx: ServiceContext,
  input: CallInput<'prescriptions.issue'>,
  settleAll: () => Promise<void>,
): Promise<{ id: string; reseptId: string }> {
  try {
    return await issueWithReasons(services, ctx, input);
  } catch (error) {
    if (!(error instanceof ServiceError) || error.code !== 'PRESCRIPTION_NO_REFERENCE_NUMBERS') throw error;
  }
  await settleAll();
  return issueWithReasons(services, ctx, input);
}

/** Runs the worker until every outgoing message has its answer. */
async function settle(db: Kysely<Database>, worker: DeliveryWorker): Promise<void> {
  const until = Date.now() + SETTLE_MS;
  for (;;) {
    await worker.tick();
    if ((await unsettledOutgoing(db)) === 0) {
      await worker.pollInbox();
      return;
    }
    if (Date.now() > until) {
      throw new Error('Reseptformidleren svarte ikke på alle meldingene innen 30 sekunder.');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function collect(db: Kysely<Database>, ids: { hvit: string; bla: string; last: string }): Promise<Sample[]> {
  const [m1s, m5s, m95s, m41s] = await Promise.all(
    ['ERM1', 'ERM5', 'ERM95', 'ERM41'].map((k) => outgoingOfKind(db, k)),
  );
  const m1 = (reseptId: string) => m1s?.find((m) => m.msg_id === reseptId)?.payload;
  const answers = await incomingAnswersTo(db, ids.hvit);
  const found: [string, string, string, string | undefined][] = [
    ['m1-hvit.xml', 'ERM1', 'hvit resept, signert (xmldsig)', m1(ids.hvit)],
    ['m1-bla.xml', 'ERM1', 'blå resept § 2 med refusjonskode, signert', m1(ids.bla)],
    ['m1-last.xml', 'ERM1', 'låst resept med referansenummer, signert', m1(ids.last)],
    ['m5.xml', 'ERM5', 'tilbakekalling av den hvite resepten, signert', m5s?.[0]?.payload],
    ['m95.xml', 'ERM95', 'forespørsel om pasientens reseptliste', m95s?.[0]?.payload],
    ['m41.xml', 'ERM41', 'bestilling av referansenumre', m41s?.[0]?.payload],
    [
      'apprec.xml',
      'AppRec',
      'reseptformidlerens kvittering på den hvite resepten',
      answers.find((a) => a.kind === 'AppRec')?.payload,
    ],
  ];
  return found.map(([file, kind, description, xml]) => {
    if (xml === undefined) throw new Error(`Fikk ikke laget ${file} (${kind}).`);
    return { file, kind, description, xml };
  });
}
