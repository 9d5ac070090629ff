/**
 * The timebok's hot queries use their indexes: the day view's appointments by (resource_id, starts_at), and the
 * demo seeding fills a timebok the day view can show. An index that stops being used fails here, not in a clinic.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { captureQueries, explainQueryPlan } from '../../db/query-inspection';
import { activeAppointmentsBetween } from '../../db/repositories/timebok.repository';
import { exceptionsOverlapping, templatesBetween } from '../../db/repositories/schedule.repository';
import type { Backend } from '../../electron/backend';
import { systemContext } from '../../electron/services/context';
import { seedDemoTimebok } from '../../electron/services/timebok/demo-schedules';
import { value } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';
import { at, MONDAY, TUESDAY, timebokClinic } from './timebok-clinic';

describe('timebok query plans and demo data', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  it('reads a day of appointments, templates and exceptions through their indexes', async () => {
    const t = await timebokClinic(tempDir());
    backend = t.backend;
    const ids = [t.lege1Resource, t.lege2Resource];
    const queries = await captureQueries(t.backend.conn.sqlite, async (db) => {
      await activeAppointmentsBetween(db, ids, at(TUESDAY, '00:00'), at('2026-11-25', '00:00'));
      await templatesBetween(db, ids, TUESDAY, TUESDAY);
      await exceptionsOverlapping(db, ids, at(TUESDAY, '00:00'), at('2026-11-25', '00:00'));
    });
    const plans = queries.map((q) =>
      explainQueryPlan(t.backend.conn.sqlite, q)
        .map((s) => s.detail)
        .join(' | '),
    );
    expect(plans[0]).toMatch(
      /SEARCH a USING INDEX appointments_resource_start \(resource_id=\? AND starts_at>\? AND starts_at<\?\)/,
    );
    expect(plans[0]).not.toMatch(/SCAN a\b/);
    expect(plans[1]).toMatch(/USING INDEX sqlite_autoindex_schedule_templates/);
    expect(plans[2]).toMatch(/USING INDEX schedule_exceptions_resource/);
  });

  it('seeds the demo timebok: a resource per doctor, a nurse and a lab, and appointments the day view shows', async () => {
    const t = await timebokClinic(tempDir());
    backend = t.backend;
    const seeded = await seedDemoTimebok(t.backend.conn.db, systemContext('demo', 'test-pc', t.clock.now), {
      now: t.clock.now,
    });
    expect(seeded.resourceIds).toHaveLength(4);
    expect(seeded.appointments).toBeGreaterThan(0);
    const day = value(await t.c.sekretaer('timebok.day', { date: MONDAY, resourceIds: seeded.resourceIds }));
    expect(day.resources.map((r) => r.resource.kind)).toEqual(['lege', 'lege', 'sykepleier', 'lab']);
    expect(day.resources[0]!.hours).toMatchObject({ start: '08:00', lunchStart: '11:20', slotMinutes: 20 });
    expect(day.resources.flatMap((r) => r.appointments).length).toBeGreaterThan(0);
  });
});
