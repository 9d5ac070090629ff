import { afterEach, describe, expect, it } from 'vitest';
import { checkRecords } from '../../db/integrity-records';
import type { Backend } from '../../electron/backend';
import { testBackend } from '../support/backend';
import { testClinic, value } from '../support/clinic';
import { tnr } from '../support/people';
import { useTempDir } from '../support/temp-dir';

describe('integrity of clinical records', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  it('is clean for records written through the services, and names what a direct write broke', async () => {
    backend = await testBackend(tempDir());
    const c = await testClinic(backend);
    const patientId = value(
      await c.sekretaer('patients.register', {
        identityNumber: tnr('1970-03-04', 'female'),
        givenName: 'Kari',
        familyName: 'Nordmann',
      }),
    ).id;
    value(await c.sekretaer('lists.assign', { patientId, doctorId: c.ids.lege1, fromDate: '2026-01-01' }));
    const note = value(await c.lege1('journal.start', { patientId, contactType: 'oppmote' }));
    expect(await checkRecords(backend.conn)).toEqual([]);

    backend.conn.sqlite.prepare("UPDATE journal_notes SET status = 'signert' WHERE id = ?").run(note.id);
    backend.conn.sqlite
      .prepare("INSERT INTO list_memberships VALUES ('m-x', ?, ?, '2026-06-01', NULL, 'manuell', '2026-06-01')")
      .run(patientId, c.ids.lege2);
    const problems = await checkRecords(backend.conn);
    expect(problems.map((p) => [p.code, p.examples])).toEqual([
      ['journal_status_unsigned', [note.id]],
      ['list_membership_overlap', [patientId]],
    ]);
  });
});
