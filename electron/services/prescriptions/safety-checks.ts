/**
 * Safety checks against the patient's record before a prescription is signed (issue 5 item 3): CAVE, interactions
 * with the current medicines (FEST KatInteraksjon with its relevans), and duplicate therapy. Each finding has a
 * severity and a Norwegian message; every one can be overridden, but only with a recorded reason. The reseptgruppe
 * rules are in shared/rules/prescription-rules.ts beside the other rules of the prescription itself.
 */
import type { Transaction } from 'kysely';
import { currentCaveEntries } from '../../../db/repositories/cave.repository';
import {
  interactionSubstancesFor,
  notAssessedAtcCodes,
  type InteractionSubstanceRow,
} from '../../../db/repositories/prescribing-catalogue.repository';
import { currentPrescriptionsOfPatient } from '../../../db/repositories/prescriptions.repository';
import type { Database } from '../../../db/schema';
import type { PrescriptionRow } from '../../../db/schema-prescriptions';
import type { FindingSeverity, RuleFinding } from '../../../shared/rules/prescription-rules';

export interface CheckedDrug {
  name: string;
  atcCode: string | null;
}

/** Every level of an ATC code (N, N06, N06A, N06AB, N06AB06): FEST names interaction groups at any level. */
export function atcLevels(atc: string): string[] {
  return [1, 3, 4, 5, 7].filter((n) => atc.length >= n).map((n) => atc.slice(0, n));
}

/** Code list 7483 Relevans: 1 bør unngås, 2 forholdsregler bør tas, 3 ingen tiltak nødvendig. */
const RELEVANCE: Record<string, { severity: FindingSeverity; text: string }> = {
  '1': { severity: 'hoy', text: 'Bør unngås' },
  '2': { severity: 'middels', text: 'Forholdsregler bør tas' },
  '3': { severity: 'lav', text: 'Ingen tiltak nødvendig' },
};

function cave(drug: CheckedDrug, entries: Awaited<ReturnType<typeof currentCaveEntries>>): RuleFinding[] {
  const atc = drug.atcCode;
  if (!atc) return [];
  return entries
    .filter((e) => e.status === 'aktiv' && e.allergen_code_system === 'ATC' && e.allergen_code)
    .filter((e) => atc.startsWith(e.allergen_code ?? '\u0000'))
    .map((e) => ({
      id: `cave:${e.entry_id}`,
      kind: 'cave' as const,
      severity: e.severity === 'lett' ? ('middels' as const) : ('hoy' as const),
      message:
        `CAVE: ${e.allergen_text} (ATC ${e.allergen_code})${e.reaction ? `, reaksjon: ${e.reaction}` : ''}. ` +
        `${drug.name} (ATC ${atc}) hører til denne gruppen.`,
    }));
}

function interactions(
  drug: CheckedDrug,
  current: readonly PrescriptionRow[],
  rows: readonly InteractionSubstanceRow[],
  notAssessed: ReadonlySet<string>,
): RuleFinding[] {
  const atc = drug.atcCode;
  if (!atc) return [];
  const mine = new Set(atcLevels(atc));
  const found: RuleFinding[] = [];
  const seen = new Set<string>();
  const byInteraction = new Map<string, InteractionSubstanceRow[]>();
  for (const r of rows) {
    const list = byInteraction.get(r.interaction_id) ?? [];
    list.push(r);
    byInteraction.set(r.interaction_id, list);
  }
  for (const other of current) {
    const otherAtc = other.atc_code;
    if (!otherAtc || otherAtc === atc) continue;
    const theirs = new Set(atcLevels(otherAtc));
    let hit = false;
    for (const [interactionId, list] of byInteraction) {
      const mineIn = list.filter((r) => mine.has(r.atc_code ?? '')).map((r) => r.group_no);
      const theirsIn = list.filter((r) => theirs.has(r.atc_code ?? '')).map((r) => r.group_no);
      if (!mineIn.some((g) => theirsIn.some((h) => h !== g))) continue;
      hit = true;
      const id = `interaksjon:${interactionId}:${otherAtc}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const first = list[0];
      const relevance = RELEVANCE[first?.relevance ?? ''] ?? { severity: 'middels' as const, text: 'Ukjent relevans' };
      found.push({
        id,
        kind: 'interaksjon',
        severity: relevance.severity,
        message:
          `Interaksjon med ${other.drug_name} (${relevance.text}): ${first?.consequence ?? ''}` +
          (first?.handling ? ` Håndtering: ${first.handling}` : ''),
      });
    }
    // "Interaction not assessed" is not "no interaction" (DOMAIN.md, FEST): say so for a pair FEST has not assessed.
    if (!hit && (notAssessed.has(atc) || notAssessed.has(otherAtc))) {
      const id = `ikke-vurdert:${otherAtc}`;
      if (!seen.has(id)) {
        seen.add(id);
        found.push({
          id,
          kind: 'interaksjon',
          severity: 'lav',
          message: `Interaksjon med ${other.drug_name}: Ikke vurdert. Legemiddelverket har ikke vurdert denne kombinasjonen; det betyr ikke at den er trygg.`,
        });
      }
    }
  }
  return found;
}

/** Same substance (ATC level 5) or same chemical subgroup (ATC level 4) among the current prescriptions. */
function duplicates(drug: CheckedDrug, current: readonly PrescriptionRow[]): RuleFinding[] {
  const atc = drug.atcCode;
  if (!atc || atc.length < 5) return [];
  return current
    .filter((p) => p.atc_code && p.atc_code.slice(0, 5) === atc.slice(0, 5))
    .map((p) => {
      const same = p.atc_code === atc;
      return {
        id: `duplikat:${p.id}`,
        kind: 'duplikat' as const,
        severity: 'middels' as const,
        message: same
          ? `Dobbeltforskrivning: pasienten har allerede en gyldig resept på samme virkestoff, ${p.name_form_strength} (ATC ${p.atc_code}).`
          : `Mulig dobbeltbehandling: pasienten har allerede ${p.name_form_strength} i samme legemiddelgruppe (ATC ${p.atc_code?.slice(0, 5)}).`,
      };
    });
}

/** All safety findings for a drug about to be prescribed; `exceptId` leaves out the prescription being renewed. */
export async function safetyFindings(
  trx: Transaction<Database>,
  input: { patientId: string; drug: CheckedDrug; today: string; exceptId?: string | undefined },
): Promise<RuleFinding[]> {
  const current = (await currentPrescriptionsOfPatient(trx, input.patientId, input.today)).filter(
    (p) => p.id !== input.exceptId,
  );
  const caveEntries = await currentCaveEntries(trx, input.patientId);
  const atcCodes = new Set<string>();
  if (input.drug.atcCode) for (const level of atcLevels(input.drug.atcCode)) atcCodes.add(level);
  for (const p of current) if (p.atc_code) for (const level of atcLevels(p.atc_code)) atcCodes.add(level);
  const exact = [input.drug.atcCode, ...current.map((p) => p.atc_code)].filter((a): a is string => !!a);
  // Nothing to interact with when the patient has no current prescriptions: skip both look-ups.
  const rows = current.length > 0 ? await interactionSubstancesFor(trx, [...atcCodes]) : [];
  const notAssessed = current.length > 0 ? await notAssessedAtcCodes(trx, exact) : new Set<string>();
  // Rows for interactions that do not involve the new drug are of no interest.
  const mine = new Set(input.drug.atcCode ? atcLevels(input.drug.atcCode) : []);
  const involved = new Set(rows.filter((r) => mine.has(r.atc_code ?? '')).map((r) => r.interaction_id));
  return [
    ...cave(input.drug, caveEntries),
    ...interactions(
      input.drug,
      current,
      rows.filter((r) => involved.has(r.interaction_id)),
      notAssessed,
    ),
    ...duplicates(input.drug, current),
  ];
}
