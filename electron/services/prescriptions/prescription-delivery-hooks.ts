/**
 * Prescription state changes on RF's answers, for the outbox worker and inbox poller to call INSIDE their own
 * transaction (the one that records the AppRec or the incoming message), so the state and the record of the
 * answer commit together. The worker owns delivery; this file owns what an answer means for a prescription.
 *
 *   const hooks = createPrescriptionDeliveryHooks(db);
 *   await hooks.onAnswer(trx, outgoing, appRec, now);   // AppRec for an outbox row we sent
 *   const ours = await hooks.onIncoming(trx, incoming, now);   // ERM6 / ERM52 / ERM42 from the inbox
 *
 * onAnswer(trx, outgoing: OutboxMessageRow, appRec: ParsedAppRec, now: Date): Promise<void>
 *   - subject_type 'prescription' (an M1): AppRec 1 or 3 -> registrert; 2 -> avvist with RF's reason in
 *     Norwegian (the AppRec's error texts). Rejections are never resent (issue 5 item 5): the doctor decides.
 *   - subject_type 'revocation' (an M5): AppRec 2 -> the revocation request is withdrawn with RF's reason, so
 *     the doctor sees it and may try again; 1/3 changes nothing (tilbakekalt only on M5.2).
 *   - other subject types are ignored.
 * onIncoming(trx, incoming: { kind: string; msgId: string; payload: string }, now: Date): Promise<boolean>
 *   - ERM6 utleveringsrapport -> utlevert with the dispensing date (an annulment is ignored here);
 *   - ERM52 with status 1 -> tilbakekalt; status 2 (under ekspedering) waits for the next M5.2;
 *   - ERM42 -> the referansenumre join the pool;
 *   - ERM96 reseptliste -> nothing to change: the inbox record is the list, read by prescription-rf-list.ts.
 *   Returns false when the kind is not one of these (another handler's message); true when handled, also when
 *   it names a prescription we do not have (nothing to change).
 * `db` is only the fallback handle when a caller passes no transaction (tests, tools); the worker always passes one.
 */
import type { Kysely, Transaction } from 'kysely';
import {
  addReferenceNumbers,
  findPrescriptionByReseptId,
  findPrescription,
  markDispensed,
  markRevoked,
  setPrescriptionStatus,
} from '../../../db/repositories/prescriptions.repository';
import type { Database, OutboxMessageRow } from '../../../db/schema';
import type { ParsedAppRec } from '../../integrations/messages/apprec.types';
import { APPREC_ERRORS } from '../../integrations/messages/code-lists';
import { parseM42Message } from '../../integrations/messages/m42.parser';
import { parseM52Message } from '../../integrations/messages/m52.parser';
import { parseM6Message } from '../../integrations/messages/m6.parser';

type Db = Kysely<Database> | Transaction<Database>;

export interface IncomingMessage {
  kind: string;
  msgId: string;
  payload: string;
}

/** What an answer needs to say here: its status and errors (an AppRec, or the worker's summary of one). */
export type AppRecVerdict = Pick<ParsedAppRec, 'status' | 'errors'>;

export interface PrescriptionDeliveryHooks {
  onAnswer(trx: Db | undefined, outgoing: OutboxMessageRow, appRec: AppRecVerdict, now: Date): Promise<void>;
  onIncoming(trx: Db | undefined, incoming: IncomingMessage, now: Date): Promise<boolean>;
}

/** RF's reason in Norwegian: the AppRec error texts (code list 8221 names are Norwegian), with RF's own detail. */
export function rejectionReason(appRec: AppRecVerdict): string {
  const parts = appRec.errors.map((e) => {
    const name = e.displayName || (APPREC_ERRORS as Readonly<Record<string, string>>)[e.code] || `Feilkode ${e.code}`;
    return e.originalText ? `${name}: ${e.originalText}` : name;
  });
  return parts.length > 0 ? parts.join('; ') : 'Avvist av reseptformidleren uten begrunnelse.';
}

function isOk(appRec: AppRecVerdict): boolean {
  return appRec.status.code === '1' || appRec.status.code === '3';
}

export function createPrescriptionDeliveryHooks(db: Kysely<Database>): PrescriptionDeliveryHooks {
  return {
    async onAnswer(trx, outgoing, appRec, now) {
      const handle = trx ?? db;
      if (!outgoing.subject_id) return;
      const at = now.toISOString();
      if (outgoing.subject_type === 'prescription') {
        const row = await findPrescription(handle, outgoing.subject_id);
        // Only a prescription still waiting for RF moves: a late duplicate answer must not undo utlevert.
        if (!row || (row.status !== 'klar' && row.status !== 'sendt')) return;
        if (isOk(appRec)) await setPrescriptionStatus(handle, row.id, { status: 'registrert', at });
        else
          await setPrescriptionStatus(handle, row.id, {
            status: 'avvist',
            at,
            rejectionReason: rejectionReason(appRec),
          });
        return;
      }
      if (outgoing.subject_type === 'revocation' && !isOk(appRec)) {
        await handle
          .updateTable('prescriptions')
          .set({
            revoke_requested_at: null,
            revoke_reason: `Tilbakekallingen ble avvist av reseptformidleren: ${rejectionReason(appRec)}`,
          })
          .where('id', '=', outgoing.subject_id)
          .where('revoked_at', 'is', null)
          .execute();
      }
    },

    async onIncoming(trx, incoming, now) {
      const handle = trx ?? db;
      const at = now.toISOString();
      switch (incoming.kind) {
        case 'ERM6': {
          const report = parseM6Message(incoming.payload);
          const row = await findPrescriptionByReseptId(handle, report.reseptId);
          if (row && !report.annulment && row.status !== 'tilbakekalt') {
            await markDispensed(handle, row.id, at, report.dispensedOn);
          }
          return true;
        }
        case 'ERM52': {
          const receipt = parseM52Message(incoming.payload);
          const row = await findPrescriptionByReseptId(handle, receipt.reseptId);
          if (row && receipt.status.code === '1' && row.status !== 'tilbakekalt') await markRevoked(handle, row.id, at);
          return true;
        }
        case 'ERM96':
          return true;
        case 'ERM42': {
          const numbers = parseM42Message(incoming.payload);
          await addReferenceNumbers(handle, numbers.referansenumre, at, incoming.msgId);
          return true;
        }
        default:
          return false;
      }
    },
  };
}
