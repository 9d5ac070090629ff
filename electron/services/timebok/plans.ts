/** Loads the day plans of several resources over a date range in three queries (templates, blocks, exceptions). */
import type { Kysely, Transaction } from 'kysely';
import { exceptionsOverlapping, templatesBetween, urgentBlocksOf } from '../../../db/repositories/schedule.repository';
import type { Database } from '../../../db/schema';
import { buildPlan, templateFor, type DayPlan } from './day-plan';
import { addDays, osloInstantAt } from './oslo-time';

type Db = Kysely<Database> | Transaction<Database>;

export type PlanOf = (resourceId: string, date: string) => DayPlan;

export async function loadPlans(db: Db, resourceIds: readonly string[], from: string, to: string): Promise<PlanOf> {
  const templates = await templatesBetween(db, resourceIds, from, to);
  const blocks = await urgentBlocksOf(
    db,
    templates.map((t) => t.id),
  );
  const exceptions = await exceptionsOverlapping(
    db,
    resourceIds,
    osloInstantAt(from, 0).toISOString(),
    osloInstantAt(addDays(to, 1), 0).toISOString(),
  );
  const blocksByTemplate = new Map<string, typeof blocks>();
  for (const b of blocks) blocksByTemplate.set(b.template_id, [...(blocksByTemplate.get(b.template_id) ?? []), b]);
  const cache = new Map<string, DayPlan>();
  return (resourceId, date) => {
    const key = `${resourceId}|${date}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const template = templateFor(templates, resourceId, date);
    const plan = buildPlan(
      date,
      template,
      template ? (blocksByTemplate.get(template.id) ?? []) : [],
      exceptions.filter((e) => e.resource_id === resourceId),
    );
    cache.set(key, plan);
    return plan;
  };
}
