/**
 * E-resept for the fastlege: check a draft, issue it (stored, signed and in the outbox in ONE transaction, so a
 * prescription never exists without its M1 nor an M1 without its prescription), the patient's legemiddelliste,
 * renew and revoke. Doctors only; every read and write is audited with the patient in the same transaction.
 * Delivery and RF's answers are the outbox worker's, with prescription-delivery-hooks.ts for our state changes.
 */
import type { Kysely, Transaction } from 'kysely';
import { enqueueOutgoing } from '../../../db/repositories/outbox.repository';
import { findPrescriberCertificate } from '../../../db/repositories/prescriber-certificates.repository';
import {
  findPrescription,
  freeReferenceNumbers,
  hasOpenReferenceNumberRequest,
  insertOverrides,
  insertPrescription,
  markReferenceNumberUsed,
  markRevokeRequested,
  nextFreeReferenceNumber,
  prescriptionsOfPatient,
} from '../../../db/repositories/prescriptions.repository';
import type { Database } from '../../../db/schema';
import type { PrescriptionOverrideRow, PrescriptionRow } from '../../../db/schema-prescriptions';
import { ErrorCode } from '../../../shared/api/error-codes';
import type {
  IssuedPrescription,
  PrescriptionCheckView,
  PrescriptionView,
} from '../../../shared/api/prescription-views';
import { hjemmelOfCode, isOverridable, type RefundCodeSystem } from '../../../shared/rules/prescription-rules';
import type {
  PrescriptionDraft,
  PrescriptionIssue,
  PrescriptionRenew,
  PrescriptionRevoke,
} from '../../../shared/schemas/prescription.schema';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import type { SigningKey } from '../../integrations/messages/xmldsig.signer';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import { prescriberOf, PRESCRIBER_WITHOUT_HPR, type Prescriber } from './prescriber';
import { ensurePrescriberCertificate } from './prescriber-test-certificate';
import { createRfListService } from './prescription-rf-list';
import { evaluateDraft, today, type Evaluation } from './prescription-draft';
import { envelopeFor, m41, RESEPTFORMIDLEREN, signedM1, signedM5 } from './prescription-messages';
import { overrideView, prescriptionView } from './prescription-view';
import { views } from './prescription-views-load';
import { createPrescriptionPrintService } from './prescription-print';

/** Stable codes for what only prescribing refuses. */
export const PrescriptionErrorCode = {
  refused: 'PRESCRIPTION_REFUSED',
  warningsNeedReasons: 'PRESCRIPTION_WARNINGS_NEED_REASONS',
  noReferenceNumbers: 'PRESCRIPTION_NO_REFERENCE_NUMBERS',
  noHpr: PRESCRIBER_WITHOUT_HPR,
  notRevocable: 'PRESCRIPTION_NOT_REVOCABLE',
  notRenewable: 'PRESCRIPTION_NOT_RENEWABLE',
} as const;

/** How many referansenumre we ask RF for at a time, and below how many free ones we ask (R1908 §3.1). */
const REFERENCE_BATCH = 10;
const REFERENCE_LOW_WATER = 3;

/** Thrown inside the transaction when the pool is empty, so the transaction rolls back before we ask RF. */
class ReferencePoolEmpty extends Error {}

async function signingKey(trx: Transaction<Database>, userId: string): Promise<SigningKey> {
  const cert = await findPrescriberCertificate(trx, userId);
  if (!cert) throw new ServiceError(ErrorCode.internal, 'Fant ikke legens signeringssertifikat.');
  return { privateKeyPem: cert.private_key_pem, certificatePem: cert.certificate_pem };
}

/** 'stopp' findings refuse; every other finding needs a reason among the overrides. */
function enforce(evaluation: Evaluation, overrides: PrescriptionIssue['overrides']): Map<string, string> {
  const stops = evaluation.findings.filter((f) => !isOverridable(f));
  if (stops.length > 0) {
    throw new ServiceError(
      PrescriptionErrorCode.refused,
      stops.map((f) => f.message).join(' '),
      Object.fromEntries(stops.map((f) => [f.field ?? f.id, f.message])),
    );
  }
  const reasons = new Map(overrides.map((o) => [o.checkId, o.reason]));
  const missing = evaluation.findings.filter((f) => !reasons.get(f.id));
  if (missing.length > 0) {
    throw new ServiceError(
      PrescriptionErrorCode.warningsNeedReasons,
      `Resepten har ${missing.length === 1 ? 'en advarsel' : `${missing.length} advarsler`} som må begrunnes før den kan sendes: ` +
        missing.map((f) => f.message).join(' '),
      Object.fromEntries(missing.map((f) => [f.id, 'Skriv en begrunnelse'])),
    );
  }
  return reasons;
}

/** Asks RF for referansenumre unless a request is already under way (its own transaction when the pool is empty). */
async function requestReferenceNumbers(
  trx: Kysely<Database> | Transaction<Database>,
  p: Prescriber,
  now: Date,
): Promise<void> {
  if (await hasOpenReferenceNumberRequest(trx)) return;
  const msgId = newId();
  const payload = m41(
    envelopeFor({ msgId, genDate: now.toISOString(), clinic: p.clinic, prescriber: p.user }),
    REFERENCE_BATCH,
  );
  await enqueueOutgoing(trx, {
    id: newId(),
    msgId,
    kind: 'ERM41',
    receiverHerId: RESEPTFORMIDLEREN.herId,
    payload,
    subjectType: 'reference-numbers',
    now: now.toISOString(),
  });
}

export function createPrescriptionsService(db: Kysely<Database>) {
  /** Stores, signs and enqueues one prescription; the caller holds the transaction and has enforced the rules. */
  async function store(
    trx: Transaction<Database>,
    ctx: ServiceContext,
    p: Prescriber,
    evaluation: Evaluation,
    reasons: ReadonlyMap<string, string>,
  ): Promise<IssuedPrescription> {
    const at = ctx.now.toISOString();
    const id = newId();
    const reseptId = newId();
    let referenceNumber: string | null = null;
    if (evaluation.content.locked === 1) {
      // R0908 §4.2.1: a låst resept carries a referansenummer RF issued (M4.2); patients without a national
      // number can only get a låst one (prescription-rules.ts).
      referenceNumber = (await nextFreeReferenceNumber(trx)) ?? null;
      if (!referenceNumber) throw new ReferencePoolEmpty();
    }
    const row: PrescriptionRow = {
      ...evaluation.content,
      id,
      resept_id: reseptId,
      prescriber_id: p.user.id,
      created_at: at,
      signed_at: at,
      status: 'klar',
      status_at: at,
      reference_number: referenceNumber,
    } as PrescriptionRow;
    await insertPrescription(trx, row);
    // After the insert: the pool's used_by is a foreign key to the prescription.
    if (referenceNumber) await markReferenceNumberUsed(trx, referenceNumber, id, at);
    const overrides: PrescriptionOverrideRow[] = evaluation.findings.map((f) => ({
      id: newId(),
      prescription_id: id,
      check_id: f.id,
      check_kind: f.kind,
      severity: f.severity,
      message: f.message,
      reason: reasons.get(f.id) ?? '',
      overridden_by: p.user.id,
      overridden_at: at,
    }));
    await insertOverrides(trx, overrides);
    const envelope = envelopeFor({
      msgId: reseptId,
      genDate: at,
      clinic: p.clinic,
      prescriber: p.user,
      patient: evaluation.patient,
    });
    const payload = signedM1(envelope, row, evaluation.festUpdatedAt, await signingKey(trx, p.user.id));
    await enqueueOutgoing(trx, {
      id: newId(),
      msgId: reseptId,
      kind: 'ERM1',
      receiverHerId: RESEPTFORMIDLEREN.herId,
      payload,
      subjectType: 'prescription',
      subjectId: id,
      now: at,
    });
    if (referenceNumber && (await freeReferenceNumbers(trx)) < REFERENCE_LOW_WATER) {
      await requestReferenceNumbers(trx, p, ctx.now);
    }
    await recordAudit(trx, ctx, {
      action: 'prescription.issue',
      patientId: evaluation.patient.id,
      entityType: 'prescription',
      entityId: id,
      detail: {
        atc: row.atc_code,
        kind: row.kind,
        locked: row.locked === 1,
        renewedFrom: row.renewed_from_id,
        overrides: overrides.map((o) => o.check_id),
      },
    });
    const names = new Map([[p.user.id, p.user.display_name]]);
    const overrideViews = overrides.map((o) => overrideView(o, names));
    return {
      prescription: prescriptionView(row, { overrides: overrideViews, today: today(ctx.now) }),
      overridden: overrideViews,
    };
  }

  async function issueDraft(
    ctx: ServiceContext,
    draft: PrescriptionDraft,
    overrides: PrescriptionIssue['overrides'],
    opts: { renewedFromId?: string } = {},
  ): Promise<IssuedPrescription> {
    requireRole(ctx, PERMISSIONS.patientClinical);
    const p = await prescriberOf(db, ctx);
    await ensurePrescriberCertificate(
      db,
      { id: p.user.id, hprNumber: p.hpr, name: p.user.display_name },
      p.clinic.name,
      ctx.now,
    );
    try {
      return await db.transaction().execute(async (trx) => {
        const evaluation = await evaluateDraft(trx, draft, {
          now: ctx.now,
          exceptId: opts.renewedFromId,
          renewedFromId: opts.renewedFromId,
        });
        const reasons = enforce(evaluation, overrides);
        return store(trx, ctx, p, evaluation, reasons);
      });
    } catch (error) {
      if (!(error instanceof ReferencePoolEmpty)) throw error;
      await db.transaction().execute((trx) => requestReferenceNumbers(trx, p, ctx.now));
      throw new ServiceError(
        PrescriptionErrorCode.noReferenceNumbers,
        'Det er ingen ledige referansenumre for låste resepter. Nye er bestilt fra reseptformidleren; prøv igjen om litt.',
      );
    }
  }

  return {
    ...createRfListService(db),
    ...createPrescriptionPrintService(db),

    /** Everything the screen shows before signing. Nothing is stored except the audit of reading the record. */
    async check(ctx: ServiceContext, draft: PrescriptionDraft): Promise<PrescriptionCheckView> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      return db.transaction().execute(async (trx) => {
        const e = await evaluateDraft(trx, draft, { now: ctx.now });
        await recordAudit(trx, ctx, {
          action: 'prescription.check',
          patientId: e.patient.id,
          detail: { atc: e.content.atc_code, findings: e.findings.map((f) => f.id) },
        });
        return {
          findings: e.findings,
          blocked: e.findings.some((f) => !isOverridable(f)),
          expiry: { maxExpiresOn: e.maxExpiry.expiresOn, expiresOn: e.expiresOn, rule: e.maxExpiry.rule },
          refund: e.refund,
          drug: {
            name: e.content.drug_name,
            nameFormStrength: e.content.name_form_strength,
            atcCode: e.content.atc_code ?? null,
            reseptgruppe: e.content.reseptgruppe,
          },
        };
      });
    },

    issue(ctx: ServiceContext, input: PrescriptionIssue): Promise<IssuedPrescription> {
      const { overrides, ...draft } = input;
      return issueDraft(ctx, draft, overrides);
    },

    /** The legemiddelliste from our own prescriptions, newest first (RF's M9.6 is merged in by the delivery side). */
    async list(ctx: ServiceContext, patientId: string): Promise<PrescriptionView[]> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      return db.transaction().execute(async (trx) => {
        await requirePatient(trx, patientId);
        const rows = await prescriptionsOfPatient(trx, patientId);
        await recordAudit(trx, ctx, { action: 'prescription.list', patientId, detail: { count: rows.length } });
        return views(trx, rows, today(ctx.now));
      });
    },

    /** A new M1 with the old one's content and today's catalogue, rules and checks. */
    async renew(ctx: ServiceContext, input: PrescriptionRenew): Promise<IssuedPrescription> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      const old = await findPrescription(db, input.prescriptionId);
      if (!old) throw new ServiceError(ErrorCode.notFound, 'Fant ikke resepten.');
      if ((!old.package_id && !old.substance_id) || old.status === 'avvist') {
        throw new ServiceError(
          PrescriptionErrorCode.notRenewable,
          'Denne resepten kan ikke fornyes. Skriv en ny resept i stedet.',
        );
      }
      const hjemmel = old.refund_hjemmel ? hjemmelOfCode(old.refund_hjemmel) : undefined;
      const draft: PrescriptionDraft = {
        patientId: old.patient_id,
        ...(old.package_id ? { packageId: old.package_id } : { substanceId: old.substance_id ?? '' }),
        dssn: old.dssn,
        ...(old.dosing_json ? { dosing: JSON.parse(old.dosing_json) as PrescriptionDraft['dosing'] } : {}),
        ...(old.usage_code ? { usage: old.usage_code as '1' | '2' | '3' } : {}),
        ...(old.bruksomrade ? { bruksomrade: old.bruksomrade } : {}),
        // The amount as it was given: packages, or a duration (which always came with structured dosing).
        ...(old.packages !== null || !old.duration_days ? { packages: old.packages ?? 1 } : {}),
        ...(old.packages === null && old.duration_days ? { durationDays: old.duration_days } : {}),
        reit: old.reit,
        kind: old.kind,
        ...(old.kind === 'bla'
          ? {
              refund: {
                ...(hjemmel ? { hjemmel } : {}),
                ...(old.refund_code && old.refund_code_system
                  ? { code: { system: old.refund_code_system as RefundCodeSystem, code: old.refund_code } }
                  : {}),
              },
            }
          : {}),
        locked: old.locked === 1,
        noSubstitution: old.no_substitution === 1,
        ...(old.note_to_pharmacy ? { noteToPharmacy: old.note_to_pharmacy } : {}),
      };
      return issueDraft(ctx, draft, input.overrides, { renewedFromId: old.id });
    },

    /** Writes an M5 to the outbox; the status becomes tilbakekalt only when RF confirms with M5.2. */
    async revoke(ctx: ServiceContext, input: PrescriptionRevoke): Promise<PrescriptionView> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      const p = await prescriberOf(db, ctx);
      await ensurePrescriberCertificate(
        db,
        { id: p.user.id, hprNumber: p.hpr, name: p.user.display_name },
        p.clinic.name,
        ctx.now,
      );
      return db.transaction().execute(async (trx) => {
        const row = await findPrescription(trx, input.prescriptionId);
        if (!row) throw new ServiceError(ErrorCode.notFound, 'Fant ikke resepten.');
        const revocable = ['klar', 'sendt', 'registrert', 'utlevert'].includes(row.status);
        if (!revocable || row.revoke_requested_at !== null) {
          throw new ServiceError(
            PrescriptionErrorCode.notRevocable,
            row.revoke_requested_at !== null
              ? 'Resepten er allerede sendt til tilbakekalling.'
              : 'Resepten kan ikke tilbakekalles i denne tilstanden.',
          );
        }
        const at = ctx.now.toISOString();
        await markRevokeRequested(trx, row.id, at, input.reason);
        const patient = await requirePatient(trx, row.patient_id);
        const msgId = newId();
        const payload = signedM5(
          envelopeFor({ msgId, genDate: at, clinic: p.clinic, prescriber: p.user, patient }),
          // 7500 årsak 2 seponering: the doctor stops the medicine; the words go in Merknad (R1208 §4.2.1).
          { reseptId: row.resept_id, reason: '2', note: input.reason },
          await signingKey(trx, p.user.id),
        );
        await enqueueOutgoing(trx, {
          id: newId(),
          msgId,
          kind: 'ERM5',
          receiverHerId: RESEPTFORMIDLEREN.herId,
          payload,
          subjectType: 'revocation',
          subjectId: row.id,
          now: at,
        });
        await recordAudit(trx, ctx, {
          action: 'prescription.revoke',
          patientId: row.patient_id,
          entityType: 'prescription',
          entityId: row.id,
        });
        const updated = (await findPrescription(trx, row.id)) ?? row;
        const [view] = await views(trx, [updated], today(ctx.now));
        if (!view) throw new ServiceError(ErrorCode.internal, 'Fant ikke resepten.');
        return view;
      });
    },
  };
}
export type PrescriptionsService = ReturnType<typeof createPrescriptionsService>;
