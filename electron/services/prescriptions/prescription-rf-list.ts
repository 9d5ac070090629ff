/**
 * The patient's reseptliste from the reseptformidler: "Hent reseptliste fra RF" writes an M9.5 (HIS 3003:2018) to
 * the outbox; the worker delivers it and records RF's M9.6 answer in the inbox (in_reply_to = the M9.5's MsgId).
 * Reading parses that recorded answer, so nothing of RF's list is copied into our tables: it is RF's state at the
 * time of the answer, shown as such next to our own prescriptions (ours are told apart by ReseptId).
 */
import type { Kysely } from 'kysely';
import { enqueueOutgoing } from '../../../db/repositories/outbox.repository';
import {
  latestPrescriptionListRequest,
  prescriptionListAnswer,
  prescriptionsByReseptIds,
  prescriptionsOfPatient,
} from '../../../db/repositories/prescriptions.repository';
import type { Database, PatientRow } from '../../../db/schema';
import type { RfPrescriptionListView, RfPrescriptionView } from '../../../shared/api/prescription-views';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { STATUS_RESEPT, STATUS_SOK } from '../../integrations/messages/code-lists';
import { buildM95Message } from '../../integrations/messages/m95.builder';
import { parseM96Message } from '../../integrations/messages/m96.parser';
import type { ListAttachment, ParsedPrescriptionList } from '../../integrations/messages/reseptliste.types';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import { envelopeFor, RESEPTFORMIDLEREN } from './prescription-messages';
import { prescriberOf } from './prescriber';

export const RfListErrorCode = {
  noSearchKey: 'PRESCRIPTION_LIST_NO_SEARCH_KEY',
} as const;

/** Fødselsnummer and D-nummer (and Test Norge numbers) are RF's search keys; a hjelpenummer is not (HIS 3003 §6.2). */
function searchNumber(patient: PatientRow): string | undefined {
  return ['fnr', 'tnr', 'dnr'].includes(patient.identity_type) ? patient.identity_number : undefined;
}

function prescriberName(attachment: ListAttachment | undefined): RfPrescriptionView['prescriber'] {
  const sender = attachment?.prescription?.head.sender;
  const hp = sender?.professional;
  const name = [hp?.givenName, hp?.middleName, hp?.familyName].filter(Boolean).join(' ');
  return {
    name: name || sender?.name || 'Ukjent forskriver',
    hprNumber: hp?.hprNummer ?? null,
    organisation: sender?.name ?? null,
  };
}

function itemViews(list: ParsedPrescriptionList, ours: ReadonlyMap<string, string>): RfPrescriptionView[] {
  const byReseptId = new Map<string, ListAttachment>();
  for (const a of list.attachments) if (a.prescription) byReseptId.set(a.prescription.reseptId, a);
  return list.items.map((item) => {
    const attachment = byReseptId.get(item.reseptId);
    const p = attachment?.prescription?.prescription;
    const last = item.dispensings
      .map((d) => d.lastDispensedAt)
      .sort()
      .at(-1);
    const code = item.status.code as keyof typeof STATUS_RESEPT;
    return {
      reseptId: item.reseptId,
      prescriptionId: ours.get(item.reseptId) ?? null,
      statusCode: item.status.code,
      statusLabel: STATUS_RESEPT[code] ?? item.status.displayName ?? item.status.code,
      drug: {
        nameFormStrength:
          p && 'navnFormStyrke' in p.drug
            ? p.drug.navnFormStyrke
            : (item.dispensings[0]?.navnFormStyrke ?? 'Ukjent legemiddel'),
        atcCode: p && 'atc' in p.drug ? (p.drug.atc?.code ?? null) : null,
      },
      dssn: p?.dosingText ?? null,
      prescribedOn: p?.prescribedOn ?? null,
      expiresOn: p?.expiresOn ?? null,
      reit: p?.reit ?? null,
      kind: p ? (p.refund ? 'bla' : 'hvit') : null,
      locked: p?.locked ?? false,
      referenceNumber: p?.referansenummer ?? null,
      prescriber: prescriberName(attachment),
      lastDispensedAt: last ?? null,
      packagesDispensed: item.dispensings.reduce((sum, d) => sum + d.packagesTotal, 0),
      pharmacyName: item.pharmacyName ?? null,
    };
  });
}

const EMPTY: Omit<RfPrescriptionListView, 'state'> = {
  requestedAt: null,
  receivedAt: null,
  error: null,
  lockedPrescriptionsExist: false,
  patientReservation: false,
  searchStatus: null,
  items: [],
};

export function createRfListService(db: Kysely<Database>) {
  return {
    /** "Hent reseptliste fra RF": an M9.5 in the outbox, by fødselsnummer and our låste resepters referansenumre. */
    async requestRfList(ctx: ServiceContext, patientId: string): Promise<RfPrescriptionListView> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      const p = await prescriberOf(db, ctx);
      return db.transaction().execute(async (trx) => {
        const patient = await requirePatient(trx, patientId);
        const fnr = searchNumber(patient);
        // A låst resept shows only to someone who gives its referansenummer (HIS 3004:2018 §6.2.1).
        const referansenumre = (await prescriptionsOfPatient(trx, patientId))
          .map((r) => r.reference_number)
          .filter((n): n is string => n !== null);
        if (fnr === undefined && referansenumre.length === 0) {
          throw new ServiceError(
            RfListErrorCode.noSearchKey,
            'Reseptformidleren søker på fødselsnummer, D-nummer eller referansenummer. Pasienten har ingen av delene, så det finnes ingen reseptliste å hente.',
          );
        }
        const at = ctx.now.toISOString();
        const msgId = newId();
        const payload = buildM95Message({
          envelope: envelopeFor({ msgId, genDate: at, clinic: p.clinic, prescriber: p.user, patient }),
          request: {
            ...(fnr !== undefined ? { fnr } : {}),
            // Every prescription, not only ekspederbare: the list shows status and last dispensing.
            allPrescriptions: true,
            referansenumre: [...new Set(referansenumre)],
            compressionThreshold: 0,
          },
        });
        await enqueueOutgoing(trx, {
          id: newId(),
          msgId,
          kind: 'ERM95',
          receiverHerId: RESEPTFORMIDLEREN.herId,
          payload,
          subjectType: 'prescription-list',
          subjectId: patientId,
          now: at,
        });
        await recordAudit(trx, ctx, {
          action: 'prescription.rfList.request',
          patientId,
          entityType: 'outbox_message',
          entityId: msgId,
          detail: { byFnr: fnr !== undefined, referansenumre: referansenumre.length },
        });
        return { ...EMPTY, state: 'pending', requestedAt: at };
      });
    },

    /** The last reseptliste RF sent for the patient, read from the recorded M9.6. An audited read. */
    async rfList(ctx: ServiceContext, patientId: string): Promise<RfPrescriptionListView> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      return db.transaction().execute(async (trx) => {
        await requirePatient(trx, patientId);
        const request = await latestPrescriptionListRequest(trx, patientId);
        await recordAudit(trx, ctx, { action: 'prescription.rfList.read', patientId });
        if (!request) return { ...EMPTY, state: 'none' };
        const base = { ...EMPTY, requestedAt: request.created_at };
        if (request.status === 'rejected') {
          return {
            ...base,
            state: 'failed',
            error: `Reseptformidleren avviste forespørselen: ${request.last_error ?? 'uten begrunnelse'}`,
          };
        }
        const answer = await prescriptionListAnswer(trx, request.msg_id);
        if (!answer) return { ...base, state: 'pending' };
        let list: ParsedPrescriptionList;
        try {
          list = parseM96Message(answer.payload);
        } catch (error) {
          return {
            ...base,
            state: 'failed',
            receivedAt: answer.received_at,
            error: `Svaret fra reseptformidleren kunne ikke leses: ${error instanceof Error ? error.message : String(error)}`,
          };
        }
        const ours = new Map(
          (
            await prescriptionsByReseptIds(
              trx,
              list.items.map((i) => i.reseptId),
            )
          )
            .filter((r) => r.patient_id === patientId)
            .map((r) => [r.resept_id, r.id]),
        );
        const search = list.searchStatus?.code as keyof typeof STATUS_SOK | undefined;
        return {
          ...base,
          state: 'received',
          receivedAt: answer.received_at,
          lockedPrescriptionsExist: list.lockedPrescriptionsExist ?? false,
          patientReservation: list.patientReservation ?? false,
          searchStatus: search ? (STATUS_SOK[search] ?? list.searchStatus?.displayName ?? search) : null,
          items: itemViews(list, ours),
        };
      });
    },
  };
}
