import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { ErrorCode } from '../../shared/api/error-codes';
import { testBackend } from '../support/backend';
import { testClinic, value } from '../support/clinic';
import { tnr } from '../support/people';
import { useTempDir } from '../support/temp-dir';

const now = new Date('2026-11-22T09:00:00Z');

describe('fastlegelister', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function setup() {
    backend = await testBackend(tempDir(), () => now);
    const c = await testClinic(backend);
    let n = 0;
    const patient = async (birthDate = '1970-01-01', sex: 'female' | 'male' = 'female') =>
      value(
        await c.sekretaer('patients.register', {
          identityNumber: tnr(birthDate, sex, n),
          givenName: `Pasient${++n}`,
          familyName: 'Listesen',
        }),
      ).id;
    return { c, patient };
  }

  it('shows listetak, listelengde and ledige plasser; only the administrator sets listetak', async () => {
    const { c, patient } = await setup();
    expect(await c.sekretaer('lists.setCeiling', { doctorId: c.ids.lege1, listCeiling: 2 })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.forbidden },
    });
    value(await c.admin('lists.setCeiling', { doctorId: c.ids.lege1, listCeiling: 2 }));
    value(
      await c.sekretaer('lists.assign', { patientId: await patient(), doctorId: c.ids.lege1, fromDate: '2026-01-01' }),
    );
    const [lege1] = value(await c.sekretaer('lists.overview', {}));
    expect(lege1).toMatchObject({ doctorId: c.ids.lege1, listCeiling: 2, listLength: 1, freePlaces: 1, waiting: 0 });
  });

  it('refuses a full list, but takes a list patient’s child; others go on the venteliste', async () => {
    const { c, patient } = await setup();
    value(await c.admin('lists.setCeiling', { doctorId: c.ids.lege1, listCeiling: 1 }));
    const mother = await patient('1985-03-03', 'female');
    value(await c.sekretaer('lists.assign', { patientId: mother, doctorId: c.ids.lege1, fromDate: '2026-01-01' }));
    const stranger = await patient('1990-01-01', 'male');
    expect(
      await c.sekretaer('lists.assign', { patientId: stranger, doctorId: c.ids.lege1, fromDate: '2026-11-22' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'LIST_FULL', message: 'Listen er full. Sett pasienten på venteliste.' },
    });
    const child = await patient('2018-06-06', 'male');
    value(
      await c.sekretaer('patients.addRelation', {
        patientId: child,
        kind: 'guardian',
        relatedPatientId: mother,
        relation: 'mor',
      }),
    );
    value(await c.sekretaer('lists.assign', { patientId: child, doctorId: c.ids.lege1, fromDate: '2026-11-22' }));

    value(await c.sekretaer('lists.addToWaitingList', { patientId: stranger, doctorId: c.ids.lege1 }));
    const waiting = value(await c.sekretaer('lists.waitingList', { doctorId: c.ids.lege1 }));
    expect(waiting.map((w) => w.patient.id)).toEqual([stranger]);
    expect(
      await c.sekretaer('lists.grantFromWaiting', { entryId: waiting[0]?.id ?? '', fromDate: '2026-12-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'LIST_FULL' },
    });
    value(await c.admin('lists.setCeiling', { doctorId: c.ids.lege1, listCeiling: 3 }));
    value(await c.sekretaer('lists.grantFromWaiting', { entryId: waiting[0]?.id ?? '', fromDate: '2026-11-22' }));
    expect(value(await c.sekretaer('lists.waitingList', { doctorId: c.ids.lege1 }))).toEqual([]);
    expect(value(await c.sekretaer('patients.open', { patientId: stranger })).fastlege?.doctorId).toBe(c.ids.lege1);
    const motherCard = value(await c.sekretaer('patients.open', { patientId: mother }));
    expect(motherCard.children.map((r) => r.relatedPatient?.id)).toEqual([child]);
  });

  it('keeps list history on a switch and reports new and leaving patients since a date', async () => {
    const { c, patient } = await setup();
    const p = await patient();
    value(await c.sekretaer('lists.assign', { patientId: p, doctorId: c.ids.lege1, fromDate: '2025-01-01' }));
    value(await c.sekretaer('lists.assign', { patientId: p, doctorId: c.ids.lege2, fromDate: '2026-11-01' }));
    const card = value(await c.sekretaer('patients.open', { patientId: p }));
    expect(card.fastlege?.doctorId).toBe(c.ids.lege2);
    expect(card.listHistory).toEqual([
      { doctorId: c.ids.lege1, doctorName: 'lege1 Testesen', fromDate: '2025-01-01', toDate: '2026-11-01' },
      { doctorId: c.ids.lege2, doctorName: 'lege2 Testesen', fromDate: '2026-11-01', toDate: null },
    ]);
    const changes = value(await c.sekretaer('lists.changes', { since: '2026-10-01' }));
    expect(changes.map((ch) => [ch.kind, ch.doctorName, ch.date])).toEqual([
      ['sluttet', 'lege1 Testesen', '2026-11-01'],
      ['ny', 'lege2 Testesen', '2026-11-01'],
    ]);
    value(await c.sekretaer('lists.remove', { patientId: p, toDate: '2026-12-01' }));
    expect(
      value(await c.sekretaer('lists.overview', {})).every((d) => d.listLength === 0 || d.doctorId !== c.ids.lege1),
    ).toBe(true);
  });
});
