/**
 * Audit: one function every service calls, inside the same transaction as the change it records, so there is
 * never a change without its audit row nor an audit row for a change that rolled back.
 */
import type { Kysely, Transaction } from 'kysely';
import { insertAuditEvent, recentAuditEvents } from '../../../db/repositories/audit.repository';
import type { Database } from '../../../db/schema';
import type { AuditEventView } from '../../../shared/api/views';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { requireRole } from '../auth/authorize';

export interface AuditEntry {
  action: string;
  outcome?: 'success' | 'failure';
  patientId?: string;
  entityType?: string;
  entityId?: string;
  /** Never passwords; never clinical free text. */
  detail?: Record<string, unknown>;
}

export async function recordAudit(
  trx: Transaction<Database> | Kysely<Database>,
  ctx: ServiceContext,
  entry: AuditEntry,
): Promise<void> {
  await insertAuditEvent(trx, {
    id: newId(),
    at: ctx.now.toISOString(),
    actor_id: ctx.user.id,
    actor_name: ctx.user.name,
    role: ctx.role,
    workstation: ctx.workstation,
    action: entry.action,
    outcome: entry.outcome ?? 'success',
    patient_id: entry.patientId ?? null,
    entity_type: entry.entityType ?? null,
    entity_id: entry.entityId ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
  });
}

export function createAuditService(db: Kysely<Database>) {
  return {
    async recent(ctx: ServiceContext, limit = 100): Promise<AuditEventView[]> {
      requireRole(ctx, ['administrator']);
      const rows = await recentAuditEvents(db, limit);
      return rows.map((r) => ({
        id: r.id,
        at: r.at,
        actorName: r.actor_name,
        role: r.role,
        workstation: r.workstation,
        action: r.action,
        outcome: r.outcome === 'failure' ? 'failure' : 'success',
        patientId: r.patient_id,
        detail: r.detail,
      }));
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
