/** Stored prescription rows as the renderer sees them. */
import type { PrescriptionOverrideRow, PrescriptionRow } from '../../../db/schema-prescriptions';
import {
  PRESCRIPTION_STATUS_LABELS,
  type PrescriptionOverrideView,
  type PrescriptionStatusView,
  type PrescriptionView,
} from '../../../shared/api/prescription-views';
import type { FindingSeverity, RefundCodeSystem } from '../../../shared/rules/prescription-rules';

export function overrideView(
  row: PrescriptionOverrideRow,
  names: ReadonlyMap<string, string>,
): PrescriptionOverrideView {
  return {
    checkId: row.check_id,
    kind: row.check_kind,
    severity: row.severity as FindingSeverity,
    message: row.message,
    reason: row.reason,
    by: names.get(row.overridden_by) ?? row.overridden_by,
    at: row.overridden_at,
  };
}

/**
 * The status a person should see: the stored one, except that a klar prescription whose M1 the outbox has
 * delivered is sendt, and a current one past its expiry date is utløpt (FOR-2022-06-02-977 § 4-4).
 */
export function displayedStatus(
  row: PrescriptionRow,
  outboxStatus: string | undefined,
  today: string,
): PrescriptionStatusView {
  const live = row.status === 'klar' || row.status === 'sendt' || row.status === 'registrert';
  if (live && row.expires_on < today) return 'utlopt';
  if (row.status === 'klar' && outboxStatus === 'sent') return 'sendt';
  return row.status;
}

export function prescriptionView(
  row: PrescriptionRow,
  extra: { overrides: PrescriptionOverrideView[]; outboxStatus?: string | undefined; today: string },
): PrescriptionView {
  const status = displayedStatus(row, extra.outboxStatus, extra.today);
  const current =
    (status === 'klar' || status === 'sendt' || status === 'registrert' || status === 'utlevert') &&
    row.revoke_requested_at === null &&
    row.expires_on >= extra.today;
  return {
    id: row.id,
    reseptId: row.resept_id,
    patientId: row.patient_id,
    prescriberId: row.prescriber_id,
    status,
    statusLabel: PRESCRIPTION_STATUS_LABELS[status],
    statusAt: row.status_at,
    rejectionReason: row.rejection_reason,
    createdAt: row.created_at,
    kind: row.kind,
    drug: {
      name: row.drug_name,
      nameFormStrength: row.name_form_strength,
      atcCode: row.atc_code,
      atcText: row.atc_text,
      reseptgruppe: row.reseptgruppe,
      varenr: row.varenr,
      packSize: row.pack_size,
      packUnit: row.pack_unit,
      strength: row.strength,
      form: row.form_text,
    },
    dssn: row.dssn,
    bruksomrade: row.bruksomrade,
    packages: row.packages,
    durationDays: row.duration_days,
    reit: row.reit,
    refund: row.refund_hjemmel
      ? {
          hjemmel: row.refund_hjemmel,
          code:
            row.refund_code && row.refund_code_system
              ? {
                  system: row.refund_code_system as RefundCodeSystem,
                  code: row.refund_code,
                  ...(row.refund_code_text ? { text: row.refund_code_text } : {}),
                }
              : null,
        }
      : null,
    locked: row.locked === 1,
    referenceNumber: row.reference_number,
    noSubstitution: row.no_substitution === 1,
    validFrom: row.valid_from,
    expiresOn: row.expires_on,
    renewedFromId: row.renewed_from_id,
    revokeRequestedAt: row.revoke_requested_at,
    revokedAt: row.revoked_at,
    revokeReason: row.revoke_reason,
    lastDispensedAt: row.last_dispensed_at,
    current,
    overrides: extra.overrides,
  };
}
