/** Schedule resources, weekly templates with their urgent blocks, and exceptions (migration 0011). */
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../schema';
import type {
  ScheduleExceptionRow,
  ScheduleExceptionTable,
  ScheduleResourceRow,
  ScheduleResourceTable,
  ScheduleTemplateRow,
  ScheduleTemplateTable,
  ScheduleUrgentBlockTable,
} from '../schema-timebok';

type Db = Kysely<Database> | Transaction<Database>;

export async function listResources(db: Db, ids?: readonly string[]): Promise<ScheduleResourceRow[]> {
  let q = db.selectFrom('schedule_resources').selectAll();
  if (ids) {
    if (ids.length === 0) return [];
    q = q.where('id', 'in', ids);
  }
  return q.orderBy('sort_order').orderBy('name').execute();
}

export async function findResource(db: Db, id: string): Promise<ScheduleResourceRow | undefined> {
  return db.selectFrom('schedule_resources').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertResource(db: Db, row: Insertable<ScheduleResourceTable>): Promise<void> {
  await db.insertInto('schedule_resources').values(row).execute();
}

export async function updateResource(db: Db, id: string, patch: Updateable<ScheduleResourceTable>): Promise<void> {
  await db.updateTable('schedule_resources').set(patch).where('id', '=', id).execute();
}

/** Template days of these resources in force somewhere in [from, to] (YYYY-MM-DD, inclusive). */
export async function templatesBetween(
  db: Db,
  resourceIds: readonly string[],
  from: string,
  to: string,
): Promise<ScheduleTemplateRow[]> {
  if (resourceIds.length === 0) return [];
  return db
    .selectFrom('schedule_templates')
    .selectAll()
    .where('resource_id', 'in', resourceIds)
    .where('valid_from', '<=', to)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', from)]))
    .orderBy('resource_id')
    .orderBy('weekday')
    .orderBy('valid_from')
    .execute();
}

export async function urgentBlocksOf(
  db: Db,
  templateIds: readonly string[],
): Promise<{ template_id: string; block_start: string; block_end: string }[]> {
  if (templateIds.length === 0) return [];
  return db
    .selectFrom('schedule_urgent_blocks')
    .select(['template_id', 'block_start', 'block_end'])
    .where('template_id', 'in', templateIds)
    .orderBy('block_start')
    .execute();
}

/**
 * A new weekly template from validFrom: versions that start on or after it are replaced (not yet in force),
 * the one in force ends the day before (dayBefore), so past days keep the hours they were booked under.
 */
export async function replaceWeek(
  trx: Transaction<Database>,
  resourceId: string,
  validFrom: string,
  dayBefore: string,
  rows: readonly Insertable<ScheduleTemplateTable>[],
  blocks: readonly Insertable<ScheduleUrgentBlockTable>[],
): Promise<void> {
  const future = await trx
    .selectFrom('schedule_templates')
    .select('id')
    .where('resource_id', '=', resourceId)
    .where('valid_from', '>=', validFrom)
    .execute();
  const futureIds = future.map((r) => r.id);
  if (futureIds.length > 0) {
    await trx.deleteFrom('schedule_urgent_blocks').where('template_id', 'in', futureIds).execute();
    await trx.deleteFrom('schedule_templates').where('id', 'in', futureIds).execute();
  }
  await trx
    .updateTable('schedule_templates')
    .set({ valid_to: dayBefore })
    .where('resource_id', '=', resourceId)
    .where('valid_from', '<', validFrom)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', validFrom)]))
    .execute();
  if (rows.length > 0)
    await trx
      .insertInto('schedule_templates')
      .values([...rows])
      .execute();
  if (blocks.length > 0)
    await trx
      .insertInto('schedule_urgent_blocks')
      .values([...blocks])
      .execute();
}

export async function insertException(db: Db, row: Insertable<ScheduleExceptionTable>): Promise<void> {
  await db.insertInto('schedule_exceptions').values(row).execute();
}

export async function findException(db: Db, id: string): Promise<ScheduleExceptionRow | undefined> {
  return db.selectFrom('schedule_exceptions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markExceptionRemoved(db: Db, id: string, at: string, by: string | null): Promise<void> {
  await db.updateTable('schedule_exceptions').set({ removed_at: at, removed_by: by }).where('id', '=', id).execute();
}

/** Exceptions in force that overlap [fromUtc, toUtc). */
export async function exceptionsOverlapping(
  db: Db,
  resourceIds: readonly string[],
  fromUtc: string,
  toUtc: string,
): Promise<ScheduleExceptionRow[]> {
  if (resourceIds.length === 0) return [];
  return db
    .selectFrom('schedule_exceptions')
    .selectAll()
    .where('resource_id', 'in', resourceIds)
    .where('removed_at', 'is', null)
    .where('starts_at', '<', toUtc)
    .where('ends_at', '>', fromUtc)
    .orderBy('starts_at')
    .execute();
}

/** For seeding the demo timebok: the active users of a role. */
export async function listUsersByRole(db: Db, role: string): Promise<{ id: string; display_name: string }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('role', '=', role)
    .where('active', '=', 1)
    .orderBy('username')
    .execute();
}

/** For seeding the demo timebok: some active patients. */
export async function somePatientIds(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('patients')
    .select('id')
    .where('status', '=', 'aktiv')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
