/**
 * A few CAVE entries (kritisk informasjon) for demo patients, so the patient card shows what a real one does:
 * common drug allergies coded with ATC, and a few other allergies as free text. Each is one version, active,
 * recorded by the patient's fastlege (or the first demo doctor) on a day after the patient's birth.
 */
import { atcName } from '../../../shared/reference/atc';
import type { CaveCertainty, CaveSeverity, CaveSource } from '../../../shared/schemas/cave.schema';
import { randomDay } from './demo-lists';
import { DEMO_LAST_DAY, type DemoPatient } from './demo-patients';
import { createRandom } from './random';

export interface DemoCaveEntry {
  allergenAtc: string | null;
  allergenText: string;
  reaction: string;
  severity: CaveSeverity;
  certainty: CaveCertainty;
  source: CaveSource;
  notedOn: string;
}

interface Example {
  atc?: string;
  text?: string;
  reaction: string;
  severity: CaveSeverity;
  certainty: CaveCertainty;
}

/** Roughly the allergies a GP list holds most often; the reactions are the textbook ones. */
const EXAMPLES: readonly Example[] = [
  { atc: 'J01CE02', reaction: 'Utslett og kløe', severity: 'moderat', certainty: 'sannsynlig' },
  { atc: 'J01CA04', reaction: 'Elveblest', severity: 'moderat', certainty: 'bekreftet' },
  { atc: 'M01AE01', reaction: 'Astmaanfall', severity: 'alvorlig', certainty: 'sannsynlig' },
  { atc: 'N02BA01', reaction: 'Elveblest og hevelse i ansiktet', severity: 'moderat', certainty: 'mistenkt' },
  { atc: 'J01EE01', reaction: 'Utslett', severity: 'lett', certainty: 'mistenkt' },
  { text: 'Veps- og biestikk', reaction: 'Anafylaksi', severity: 'livstruende', certainty: 'bekreftet' },
  { text: 'Peanøtter', reaction: 'Hevelse i lepper og svelg', severity: 'alvorlig', certainty: 'bekreftet' },
  { text: 'Lateks', reaction: 'Kontakteksem', severity: 'lett', certainty: 'bekreftet' },
];

const SHARE_WITH_CAVE = 0.03;
/** Nothing is noted before the clinic's records would begin. */
const RECORDS_BEGIN = '2005-01-01';

export interface DemoCaveGenerator {
  /** An entry for this patient, or null for most; call once per patient in the order they were generated. */
  entryFor(patient: DemoPatient): DemoCaveEntry | null;
}

export function createDemoCaveGenerator(seed: string | number): DemoCaveGenerator {
  const random = createRandom(`${String(seed)}/cave`);
  return {
    entryFor(patient) {
      if (!random.chance(SHARE_WITH_CAVE)) return null;
      const example = random.pick(EXAMPLES);
      const first = patient.birthDate > RECORDS_BEGIN ? patient.birthDate : RECORDS_BEGIN;
      if (first > DEMO_LAST_DAY) return null;
      // As the CAVE service stores a coded allergen: the ATC code with its name as the text.
      const text = example.atc ? (atcName(example.atc) ?? example.atc) : (example.text ?? '');
      return {
        allergenAtc: example.atc ?? null,
        allergenText: text,
        reaction: example.reaction,
        severity: example.severity,
        certainty: example.certainty,
        source: random.chance(0.7) ? 'pasient' : 'journal',
        notedOn: randomDay(random, first, DEMO_LAST_DAY),
      };
    },
  };
}
