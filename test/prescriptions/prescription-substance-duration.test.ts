/**
 * Virkestoffordinering and the amount as a treatment time: a substance prescription goes to RF as
 * LegemiddelVirkestoff with its FEST id (the pharmacy picks the product); a duration reaches the pharmacy as the
 * structured dosing's start and end with the total amount (Mengde), an amount in packages as Antall. Every M1 is
 * validated against the official XSDs.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outgoingOfKind } from '../../db/repositories/prescriptions.repository';
import { parseM1Message } from '../../electron/integrations/messages/m1.parser';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { startReseptformidler } from '../../simulators/reseptformidler/reseptformidler';
import { value } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';
import { prescribingClinic, type PrescribingClinic } from './prescribing-clinic';

const PARACETAMOL_500 = 'DEMO_LMV_N02BE01_53_500MG';
const TWICE_DAILY = [
  { time: '08:00', amount: 1, unit: 'tablett' },
  { time: '20:00', amount: 1, unit: 'tablett' },
];

describe('prescribing by substance, and the amount as packages or days', () => {
  const tempDir = useTempDir();
  let t: PrescribingClinic | undefined;
  const now = new Date('2026-11-22T09:00:00Z');
  let rf: Awaited<ReturnType<typeof startReseptformidler>> | undefined;
  afterEach(async () => {
    await t?.backend.close();
    await rf?.close();
    t = undefined;
    rf = undefined;
  });

  async function lastM1(): Promise<string> {
    const all = await outgoingOfKind(t!.backend.conn.db, 'ERM1');
    return all.at(-1)?.payload ?? '';
  }

  it('sends a substance prescription for 10 days as LegemiddelVirkestoff with Dosering start/end and Mengde', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const issued = value(
      await t.c.lege1('prescriptions.issue', {
        patientId: t.patientId,
        substanceId: PARACETAMOL_500,
        dssn: '1 tablett morgen og kveld',
        dosing: TWICE_DAILY,
        durationDays: 10,
        reit: 0,
        kind: 'hvit',
      }),
    ).prescription;
    expect(issued).toMatchObject({ packages: null, durationDays: 10, drug: { varenr: null, atcCode: 'N02BE01' } });

    const xml = await lastM1();
    expect((await createMessageValidator()).validate(xml)).toEqual({ valid: true });
    expect(xml).toMatch(/<LegemiddelVirkestoff>[\s\S]*<Id>DEMO_LMV_N02BE01_53_500MG<\/Id>/);
    expect(xml).not.toMatch(/<Legemiddelpakning>/);
    expect(xml).toMatch(/<Starttidspunkt V="2026-11-22"\/>/);
    expect(xml).toMatch(/<Sluttidspunkt V="2026-12-01"\/>/);
    expect(xml).toMatch(/<Klokkeslett>08:00:00<\/Klokkeslett>/);
    // Two tablets a day for ten days; no Antall (packages) beside it.
    expect(xml).toMatch(/<Mengde V="20" U="stk"\/>/);
    expect(xml).not.toMatch(/<Antall>/);
    const parsed = parseM1Message(xml).prescription;
    expect(parsed.drug).toMatchObject({ kind: 'substance', festId: PARACETAMOL_500 });
    expect(parsed.quantity).toEqual({ value: 20, unit: 'stk' });

    // Renewing keeps it a substance prescription for the same time.
    value(await t.c.lege1('prescriptions.renew', { prescriptionId: issued.id }));
    const renewed = await lastM1();
    expect((await createMessageValidator()).validate(renewed)).toEqual({ valid: true });
    expect(parseM1Message(renewed).prescription).toMatchObject({
      drug: { kind: 'substance' },
      quantity: { value: 20 },
    });
  });

  it('sends packages as Antall, with optional structured dosing and no start or end', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    value(await t.c.lege1('prescriptions.issue', await t.draft('Norvasc', { packages: 2, dosing: TWICE_DAILY })));
    const xml = await lastM1();
    expect((await createMessageValidator()).validate(xml)).toEqual({ valid: true });
    expect(xml).toMatch(/<Antall>2<\/Antall>/);
    expect(xml).toMatch(/<DoseFastTidspunkt>/);
    expect(xml).not.toMatch(/Starttidspunkt/);
    expect(parseM1Message(xml).prescription.drug).toMatchObject({ kind: 'package' });
  });

  it('refuses a draft without exactly one drug and one amount, in Norwegian', async () => {
    t = await prescribingClinic(tempDir(), () => now);
    const base = await t.draft('Norvasc');
    const refusals = [
      [{ ...base, substanceId: PARACETAMOL_500 }, 'Velg enten en pakning eller et virkestoff'],
      [{ ...base, durationDays: 10, dosing: TWICE_DAILY }, 'Oppgi mengden enten som antall pakninger'],
      [{ ...base, packages: undefined, durationDays: 10 }, 'Behandlingstid krever strukturert dosering'],
      [
        { ...base, packageId: undefined, substanceId: PARACETAMOL_500 },
        'Ved forskrivning på virkestoff oppgis mengden som behandlingstid i dager',
      ],
    ] as const;
    for (const [input, message] of refusals) {
      const answer = await t.c.lege1('prescriptions.issue', input);
      expect(answer.ok, message).toBe(false);
      if (!answer.ok) expect(JSON.stringify(answer.error)).toContain(message);
    }
    expect(await outgoingOfKind(t.backend.conn.db, 'ERM1')).toHaveLength(0);
  });

  it('has the reseptformidler register a substance prescription', async () => {
    const dir = tempDir();
    rf = await startReseptformidler({ port: 0, dataDir: path.join(dir, 'rf'), requireSignature: true });
    t = await prescribingClinic(dir, () => new Date(), { reseptformidlerUrl: rf.url, intervalMs: 100 });
    const issued = value(
      await t.c.lege1('prescriptions.issue', {
        patientId: t.patientId,
        substanceId: PARACETAMOL_500,
        dssn: '1 tablett morgen og kveld',
        dosing: TWICE_DAILY,
        durationDays: 5,
        reit: 0,
        kind: 'hvit',
      }),
    ).prescription;
    const until = Date.now() + 15_000;
    let status = issued.status as string;
    while (status !== 'registrert' && status !== 'avvist' && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
      status = value(await t.c.lege1('prescriptions.list', { patientId: t.patientId }))[0]?.status ?? '';
    }
    const [row] = value(await t.c.lege1('prescriptions.list', { patientId: t.patientId }));
    expect(row?.rejectionReason ?? null).toBeNull();
    expect(row?.status).toBe('registrert');
  });
});
