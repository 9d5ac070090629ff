/** Stored prescriptions with their overrides and outbox state, as views; read inside the caller's transaction. */
import type { Kysely, Transaction } from 'kysely';
import { outboxStatusOf, overridesOf } from '../../../db/repositories/prescriptions.repository';
import { listUsers } from '../../../db/repositories/users.repository';
import type { Database } from '../../../db/schema';
import type { PrescriptionOverrideRow, PrescriptionRow } from '../../../db/schema-prescriptions';
import type { PrescriptionView } from '../../../shared/api/prescription-views';
import { overrideView, prescriptionView } from './prescription-view';

async function userNames(db: Kysely<Database> | Transaction<Database>): Promise<Map<string, string>> {
  return new Map((await listUsers(db)).map((u) => [u.id, u.display_name]));
}

export async function views(
  trx: Transaction<Database>,
  rows: readonly PrescriptionRow[],
  day: string,
): Promise<PrescriptionView[]> {
  const ids = rows.map((r) => r.id);
  const [overrides, outbox, names] = [
    await overridesOf(trx, ids),
    await outboxStatusOf(
      trx,
      rows.map((r) => r.resept_id),
    ),
    await userNames(trx),
  ];
  const byPrescription = new Map<string, PrescriptionOverrideRow[]>();
  for (const o of overrides)
    byPrescription.set(o.prescription_id, [...(byPrescription.get(o.prescription_id) ?? []), o]);
  return rows.map((r) =>
    prescriptionView(r, {
      overrides: (byPrescription.get(r.id) ?? []).map((o) => overrideView(o, names)),
      outboxStatus: outbox.get(r.resept_id),
      today: day,
    }),
  );
}
