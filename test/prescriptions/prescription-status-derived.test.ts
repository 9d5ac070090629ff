/**
 * "sendt" and "utløpt" are derived when read, never stored: sendt from the outbox (the M1 is delivered, RF has not
 * answered), utløpt from the expiry date and the day of reading (FOR-2022-06-02-977 § 4-4). The stored status only
 * moves on RF's answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { value } from '../support/clinic';

/** test/support/clinic.ts gives every test user this password. */
const PASSWORD = 'lang-nok-passord';
import { useTempDir } from '../support/temp-dir';
import { prescribingClinic, type PrescribingClinic } from './prescribing-clinic';

describe('derived prescription status', () => {
  const tempDir = useTempDir();
  let t: PrescribingClinic | undefined;
  afterEach(async () => {
    await t?.backend.close();
    t = undefined;
  });

  it('shows sendt while the M1 is delivered and unanswered, and utløpt after the expiry date, storing neither', async () => {
    let now = new Date('2026-11-22T09:00:00Z');
    t = await prescribingClinic(tempDir(), () => now);
    const { c, patientId } = t;
    const db = t.backend.conn.db;
    const issued = value(await c.lege1('prescriptions.issue', await t.draft('Norvasc'))).prescription;
    expect(issued).toMatchObject({ status: 'klar', statusLabel: 'Klar til sending', expiresOn: '2027-11-22' });
    const stored = () =>
      db.selectFrom('prescriptions').select('status').where('id', '=', issued.id).executeTakeFirstOrThrow();
    const listed = async () => value(await c.lege1('prescriptions.list', { patientId }))[0];

    // The worker posted it; RF's AppRec has not come.
    await db.updateTable('outbox_messages').set({ status: 'sent' }).where('msg_id', '=', issued.reseptId).execute();
    expect(await listed()).toMatchObject({ status: 'sendt', statusLabel: 'Sendt', current: true });
    expect((await stored()).status).toBe('klar');
    const before = value(await c.lege1('prescriptions.check', await t.draft('Norvasc')));
    expect(before.findings.map((f) => f.kind)).toContain('duplikat');

    // The last valid day is still current; the day after, it is utløpt (and no longer a current medicine).
    now = new Date('2027-11-22T20:00:00Z');
    await t.backend.sweepSessions();
    value(await c.lege1('auth.login', { username: 'lege1', password: PASSWORD }));
    expect(await listed()).toMatchObject({ status: 'sendt', current: true });
    now = new Date('2027-11-23T09:00:00Z');
    // A year later the session has ended: log in again.
    await t.backend.sweepSessions();
    value(await c.lege1('auth.login', { username: 'lege1', password: PASSWORD }));
    const after = value(await c.lege1('prescriptions.list', { patientId }))[0];
    expect(after).toMatchObject({ status: 'utlopt', statusLabel: 'Utløpt', current: false });
    expect((await stored()).status).toBe('klar');

    // An expired prescription is no longer among the current medicines the safety checks compare with.
    const check = value(await c.lege1('prescriptions.check', await t.draft('Norvasc')));
    expect(check.findings.map((f) => f.kind)).not.toContain('duplikat');
  });
});
