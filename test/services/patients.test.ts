import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { ErrorCode } from '../../shared/api/error-codes';
import { checkIdentityNumber } from '../../shared/rules/identity-number';
import { testBackend } from '../support/backend';
import { testClinic, value } from '../support/clinic';
import { tnr } from '../support/people';
import { useTempDir } from '../support/temp-dir';

const now = new Date('2026-11-22T09:00:00Z');

describe('patient register', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function clinic() {
    backend = await testBackend(tempDir(), () => now);
    return testClinic(backend);
  }

  it('refuses a wrong check digit in Norwegian and stores nothing', async () => {
    const c = await clinic();
    const good = tnr('1962-05-03', 'female');
    const bad = good.slice(0, 10) + String((Number(good[10]) + 1) % 10);
    const result = await c.sekretaer('patients.register', {
      identityNumber: bad,
      givenName: 'Kari',
      familyName: 'Nordmann',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: ErrorCode.invalidInput, fields: { identityNumber: 'Kontrollsifrene stemmer ikke' } },
    });
    expect(backend?.conn.sqlite.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 0 });
  });

  it('derives birth date and sex from a Test Norge number, audits the registration, refuses a duplicate', async () => {
    const c = await clinic();
    const number = tnr('1962-05-03', 'female');
    const card = value(
      await c.sekretaer('patients.register', {
        identityNumber: number,
        givenName: 'Kari',
        familyName: 'Nordmann',
        postalCode: '5501',
        mobilePhone: '+47 912 34 567',
      }),
    );
    expect(card).toMatchObject({
      identityType: 'tnr',
      birthDate: '1962-05-03',
      sex: 'female',
      city: 'HAUGESUND',
      kommune: { number: '1106' },
    });
    const dup = await c.lege1('patients.register', { identityNumber: number, givenName: 'K', familyName: 'N' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'PATIENT_EXISTS' } });
    const audit = backend?.conn.sqlite.prepare('SELECT action FROM audit_events WHERE patient_id = ?').all(card.id);
    expect(audit).toEqual([{ action: 'patient.register' }]);
  });

  it('finds patients by name prefixes in any order, birth date, identity number and phone', async () => {
    const c = await clinic();
    const reg = async (givenName: string, familyName: string, birthDate: string, sex: 'female' | 'male', extra = {}) =>
      value(
        await c.sekretaer('patients.register', {
          identityNumber: tnr(birthDate, sex),
          givenName,
          familyName,
          ...extra,
        }),
      ).id;
    const hans = await reg('Hans', 'Karlsen', '1950-01-02', 'male', { mobilePhone: '41234567' });
    const kari = await reg('Kari', 'Hansen', '1962-05-03', 'female');
    const orjan = await reg('Ørjan', 'Aasen', '1990-07-08', 'male');
    const search = async (query: string) => value(await c.lege1('patients.search', { query })).map((p) => p.id);

    expect(await search('hans kar')).toEqual([hans, kari]);
    expect(await search('kar hans')).toEqual([kari, hans]);
    expect(await search('kari h')).toEqual([kari]);
    expect((await search('han')).sort()).toEqual([hans, kari].sort());
    expect(await search('030562')).toEqual([kari]);
    expect(await search('03051962')).toEqual([kari]);
    expect(await search('03.05.1962')).toEqual([kari]);
    expect(await search('ØRJ')).toEqual([orjan]);
    expect(await search('åsen')).toEqual([orjan]);
    expect(await search('orj')).toEqual([]);
    expect(await search('412 34 567')).toEqual([hans]);
    const number = value(await c.lege1('patients.open', { patientId: kari })).identityNumber;
    expect(await search(number)).toEqual([kari]);
    expect(await search(number.slice(0, 8))).toContain(kari);
  });

  it("ranks the exact identity match first, then the doctor's own list, then others", async () => {
    const c = await clinic();
    const mine = value(
      await c.sekretaer('patients.register', {
        identityNumber: tnr('1970-01-01', 'male'),
        givenName: 'Per',
        familyName: 'Berg',
      }),
    ).id;
    const other = value(
      await c.sekretaer('patients.register', {
        identityNumber: tnr('1971-01-01', 'male'),
        givenName: 'Per',
        familyName: 'Aas',
      }),
    ).id;
    value(await c.sekretaer('lists.assign', { patientId: mine, doctorId: c.ids.lege1, fromDate: '2026-01-01' }));
    const hits = value(await c.lege1('patients.search', { query: 'per' }));
    expect(hits.map((h) => h.id)).toEqual([mine, other]);
    expect(hits[0]).toMatchObject({ onMyList: true, fastlege: { doctorId: c.ids.lege1 } });
    const forLege2 = value(await c.lege2('patients.search', { query: 'per' }));
    expect(forLege2.map((h) => h.id)).toEqual([other, mine]);
  });

  it('audits opening a card and offers it among recent patients', async () => {
    const c = await clinic();
    const id = value(
      await c.sekretaer('patients.register', {
        identityNumber: tnr('1980-02-03', 'female'),
        givenName: 'Eva',
        familyName: 'Li',
      }),
    ).id;
    value(await c.lege1('patients.open', { patientId: id }));
    const recent = value(await c.lege1('patients.recent', {}));
    expect(recent.map((r) => r.id)).toEqual([id]);
    const opened = backend?.conn.sqlite
      .prepare("SELECT actor_name, role FROM audit_events WHERE action = 'patient.open' AND patient_id = ?")
      .all(id);
    expect(opened).toEqual([{ actor_name: 'lege1 Testesen', role: 'lege' }]);
  });

  it('keeps clinical data from reception and patient cards from the administrator', async () => {
    const c = await clinic();
    const id = value(
      await c.sekretaer('patients.register', {
        identityNumber: tnr('1980-02-03', 'female'),
        givenName: 'Eva',
        familyName: 'Li',
      }),
    ).id;
    const cave = {
      patientId: id,
      allergenAtc: 'J01CE02',
      severity: 'alvorlig',
      certainty: 'bekreftet',
      source: 'pasient',
      notedOn: '2026-11-01',
    } as const;
    expect(await c.sekretaer('cave.add', cave)).toMatchObject({ ok: false, error: { code: ErrorCode.forbidden } });
    value(await c.lege1('cave.add', cave));
    expect(value(await c.sekretaer('patients.open', { patientId: id })).cave).toBeNull();
    expect(value(await c.lege1('patients.open', { patientId: id })).cave).toHaveLength(1);
    expect(await c.admin('patients.open', { patientId: id })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.forbidden },
    });
    expect(await c.admin('patients.search', { query: 'eva' })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.forbidden },
    });
  });

  it('registers a person without a Norwegian number under a clinic H-nummer and merges it into the real record', async () => {
    const c = await clinic();
    const temp = value(
      await c.sekretaer('patients.register', {
        givenName: 'Olena',
        familyName: 'Kovalenko',
        birthDate: '1985-04-12',
        sex: 'female',
        mobilePhone: '98765432',
      }),
    );
    expect(temp.identityType).toBe('hnr-clinic');
    expect(checkIdentityNumber(temp.identityNumber)).toMatchObject({
      valid: true,
      type: 'hnr',
      birthDate: '1985-04-12',
      sex: 'female',
    });
    value(
      await c.lege1('cave.add', {
        patientId: temp.id,
        allergenText: 'Nøtter',
        severity: 'livstruende',
        certainty: 'bekreftet',
        source: 'pasient',
        notedOn: '2026-11-20',
      }),
    );
    value(
      await c.sekretaer('patients.addRelation', {
        patientId: temp.id,
        kind: 'next_of_kin',
        name: 'Ivan Kovalenko',
        relation: 'ektefelle',
        phone: '99887766',
      }),
    );

    const real = value(
      await c.sekretaer('patients.register', {
        identityNumber: tnr('1985-04-12', 'female'),
        givenName: 'Olena',
        familyName: 'Kovalenko',
      }),
    );
    const merged = value(await c.lege1('patients.merge', { sourceId: temp.id, targetId: real.id }));
    expect(merged.cave?.map((e) => e.allergenText)).toEqual(['Nøtter']);
    expect(merged.nextOfKin.map((r) => r.name)).toEqual(['Ivan Kovalenko']);
    expect(merged.mobilePhone).toBe('98765432');
    const old = value(await c.lege1('patients.open', { patientId: temp.id }));
    expect(old).toMatchObject({ status: 'sammenslaatt', mergedIntoId: real.id });
    expect(await c.lege1('patients.merge', { sourceId: real.id, targetId: temp.id })).toMatchObject({
      ok: false,
      error: { code: 'MERGE_SOURCE_NOT_H_NUMBER' },
    });
  });

  it('versions CAVE changes with a reason and never deletes an entry', async () => {
    const c = await clinic();
    const id = value(
      await c.sekretaer('patients.register', {
        identityNumber: tnr('1990-01-01', 'male'),
        givenName: 'Ola',
        familyName: 'Dunk',
      }),
    ).id;
    const card = value(
      await c.lege1('cave.add', {
        patientId: id,
        allergenAtc: 'J01CE02',
        reaction: 'Utslett',
        severity: 'moderat',
        certainty: 'mistenkt',
        source: 'pasient',
        notedOn: '2026-11-01',
      }),
    );
    const entry = card.cave?.[0];
    expect(entry).toMatchObject({ allergenText: 'fenoksymetylpenicillin', allergenAtc: 'J01CE02', version: 1 });
    const revised = value(
      await c.lege2('cave.revise', {
        entryId: entry?.entryId ?? '',
        allergenAtc: 'J01CE02',
        reaction: 'Utslett',
        severity: 'moderat',
        certainty: 'mistenkt',
        source: 'pasient',
        notedOn: '2026-11-01',
        status: 'feilregistrert',
        reason: 'Registrert på feil pasient',
      }),
    );
    expect(revised.cave?.[0]).toMatchObject({ version: 2, status: 'feilregistrert', recordedBy: 'lege2 Testesen' });
    expect(backend?.conn.sqlite.prepare('SELECT count(*) AS n FROM cave_versions').get()).toEqual({ n: 2 });
    expect(
      await c.lege1('cave.add', {
        patientId: id,
        allergenAtc: 'X99',
        severity: 'lett',
        certainty: 'mistenkt',
        source: 'pasient',
        notedOn: '2026-11-01',
      }),
    ).toMatchObject({ ok: false, error: { code: ErrorCode.invalidInput } });
  });
});
