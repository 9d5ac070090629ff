import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/api/error-codes';
import { useTempDir } from '../support/temp-dir';
import { value } from '../support/clinic';
import { prescribingClinic, type PrescribingClinic } from './prescribing-clinic';

const now = new Date('2026-11-22T09:00:00Z');

describe('safety checks before signing', () => {
  const tempDir = useTempDir();
  let t: PrescribingClinic | undefined;
  afterEach(async () => {
    await t?.backend.close();
    t = undefined;
  });

  async function setup(): Promise<PrescribingClinic> {
    t = await prescribingClinic(tempDir(), () => now);
    return t;
  }

  it('warns on CAVE by ATC group and issues only with a recorded reason', async () => {
    const { c, patientId, draft, backend } = await setup();
    value(
      await c.lege1('cave.add', {
        patientId,
        allergenAtc: 'J01C',
        allergenText: 'Penicilliner',
        reaction: 'Urtikaria',
        severity: 'alvorlig',
        certainty: 'bekreftet',
        source: 'journal',
        notedOn: '2020-01-01',
      }),
    );
    const apocillin = await draft('Apocillin', { dssn: '1 tablett 4 ganger daglig i 7 dager' });
    const checked = value(await c.lege1('prescriptions.check', apocillin));
    const cave = checked.findings.find((f) => f.kind === 'cave');
    expect(cave).toMatchObject({ severity: 'hoy' });
    expect(cave?.message).toBe(
      'CAVE: Penicilliner (ATC J01C), reaksjon: Urtikaria. Apocillin (ATC J01CE02) hører til denne gruppen.',
    );
    expect(checked.expiry).toMatchObject({
      expiresOn: '2026-12-02',
      rule: 'Antibiotika på hvit resept: gyldig i 10 dager',
    });

    const refused = await c.lege1('prescriptions.issue', apocillin);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('PRESCRIPTION_WARNINGS_NEED_REASONS');
      expect(refused.error.message).toContain('må begrunnes');
      expect(refused.error.fields).toHaveProperty([cave!.id]);
    }
    expect(await backend.conn.db.selectFrom('outbox_messages').selectAll().execute()).toHaveLength(0);

    const issued = value(
      await c.lege1('prescriptions.issue', {
        ...apocillin,
        overrides: [
          { checkId: cave!.id, reason: 'Testet med provokasjon hos allergolog, tåler fenoksymetylpenicillin' },
        ],
      }),
    );
    expect(issued.overridden).toMatchObject([
      {
        checkId: cave!.id,
        kind: 'cave',
        reason: 'Testet med provokasjon hos allergolog, tåler fenoksymetylpenicillin',
      },
    ]);
    const stored = await backend.conn.db.selectFrom('prescription_overrides').selectAll().execute();
    expect(stored).toMatchObject([{ prescription_id: issued.prescription.id, check_kind: 'cave', severity: 'hoy' }]);
    expect(stored[0]?.overridden_by).toBe(c.ids.lege1);
  });

  it("warns on an interaction with the patient's current medicine with FEST's severity", async () => {
    const { c, draft } = await setup();
    value(await c.lege1('prescriptions.issue', await draft('Marevan')));
    const checked = value(await c.lege1('prescriptions.check', await draft('Brufen')));
    const interaction = checked.findings.find((f) => f.kind === 'interaksjon');
    expect(interaction?.severity).toBe('hoy');
    expect(interaction?.message).toMatch(/^Interaksjon med Marevan \(Bør unngås\): Økt risiko for alvorlig blødning/);
    expect(interaction?.message).toContain('Håndtering: Unngå kombinasjonen.');
  });

  it('says "Ikke vurdert" for a pair FEST has not assessed, never "no interaction"', async () => {
    const { c, draft, backend } = await setup();
    value(await c.lege1('prescriptions.issue', await draft('Marevan')));
    await backend.conn.db
      .insertInto('drug_interactions_not_assessed')
      .values({ atc_code: 'N02BE01', entry_id: 'ID_TEST', is_demo: 1 })
      .execute();
    const checked = value(await c.lege1('prescriptions.check', await draft('Paracet')));
    expect(checked.findings).toEqual([
      {
        id: 'ikke-vurdert:B01AA03',
        kind: 'interaksjon',
        severity: 'lav',
        message:
          'Interaksjon med Marevan: Ikke vurdert. Legemiddelverket har ikke vurdert denne kombinasjonen; det betyr ikke at den er trygg.',
      },
    ]);
    expect(JSON.stringify(checked)).not.toMatch(/ingen interaksjon/i);
  });

  it('warns on duplicate therapy: same substance (ATC 5) and same group (ATC 4)', async () => {
    const { c, draft } = await setup();
    value(await c.lege1('prescriptions.issue', await draft('Lipitor')));
    const same = value(await c.lege1('prescriptions.check', await draft('Atorvastatin Krka')));
    expect(same.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Dobbeltforskrivning: pasienten har allerede en gyldig resept på samme virkestoff, Lipitor/,
      ),
    ]);
    const group = value(await c.lege1('prescriptions.check', await draft('Zocor')));
    expect(group.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Mulig dobbeltbehandling: pasienten har allerede Lipitor .* i samme legemiddelgruppe \(ATC C10AA\)\.$/,
      ),
    ]);
  });

  it('refuses reit on reseptgruppe A on hvit resept, and an H-resept, whatever the reasons given', async () => {
    const { c, draft } = await setup();
    const oxy = await draft('OxyNorm', { reit: 2 });
    const checked = value(await c.lege1('prescriptions.check', oxy));
    expect(checked.blocked).toBe(true);
    const refused = await c.lege1('prescriptions.issue', {
      ...oxy,
      overrides: [{ checkId: 'reseptgruppe:ab-reit', reason: 'Vil likevel' }],
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('PRESCRIPTION_REFUSED');
      expect(refused.error.message).toContain('reseptgruppe A kan bare utleveres én gang');
    }
    const h = await c.lege1('prescriptions.issue', await draft('Paracet', { kind: 'h' }));
    expect(h.ok).toBe(false);
    if (!h.ok) expect(h.error.message).toMatch(/^H-resept kan ikke skrives av fastlege/);
  });

  it('checks reach no one but a lege', async () => {
    const { c, draft } = await setup();
    const result = await c.admin('prescriptions.check', await draft('Paracet'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(ErrorCode.forbidden);
  });
});
