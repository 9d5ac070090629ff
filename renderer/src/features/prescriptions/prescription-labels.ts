/** Norwegian words for the prescription screens, in one place so the screen, the list and the tests agree. */
import type { FindingSeverity, RuleFinding } from '../../../../shared/rules/prescription-rules';

export const KIND_LABELS = { hvit: 'Hvit resept', bla: 'Blå resept', h: 'H-resept' } as const;

export const SEVERITY_LABELS: Record<FindingSeverity, string> = {
  stopp: 'Stopp',
  hoy: 'Høy',
  middels: 'Middels',
  lav: 'Lav',
};

export const SEVERITY_VARIANT: Record<FindingSeverity, 'error' | 'warning' | 'info' | 'neutral'> = {
  stopp: 'error',
  hoy: 'error',
  middels: 'warning',
  lav: 'info',
};

export const FINDING_KIND_LABELS: Record<RuleFinding['kind'], string> = {
  regel: 'Regel',
  cave: 'CAVE',
  interaksjon: 'Interaksjon',
  duplikat: 'Dobbel behandling',
  reseptgruppe: 'Reseptgruppe',
};

/** blåreseptforskriften §§ 2–6, as the doctor picks among them. */
export const HJEMMEL_LABELS = {
  '2': '§ 2 – forhåndsgodkjent refusjon (refusjonskode)',
  '3': '§ 3 – individuell søknad til Helfo',
  '4': '§ 4 – allmennfarlige smittsomme sykdommer',
  '5': '§ 5 – medisinsk forbruksmateriell',
  '6': '§ 6 – næringsmidler',
} as const;

/** Quick picks for the DSSN dosing text (Dosering i standardisert norsk). */
export const DOSING_QUICK_PICKS = [
  { text: '1 tablett daglig', usage: '1' },
  { text: '1 tablett 2 ganger daglig', usage: '1' },
  { text: '1 tablett 3 ganger daglig', usage: '1' },
  { text: '1 tablett om kvelden', usage: '1' },
  { text: 'ved behov, inntil 3 ganger daglig', usage: '3' },
] as const;

export const USAGE_LABELS = { '1': 'Fast', '2': 'Kur', '3': 'Ved behov' } as const;

/** Reseptgruppe A and B: narcotics and other drugs with abuse potential (code list 7421). */
export function isGroupAOrB(reseptgruppe: string): boolean {
  return reseptgruppe === 'A' || reseptgruppe === 'B';
}

/** FEST says "not assessed" for some pairs; that must never read as "no interaction". */
export function isNotAssessed(finding: RuleFinding): boolean {
  return finding.kind === 'interaksjon' && /ikke vurdert/i.test(finding.message);
}
