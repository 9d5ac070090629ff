import type { CaveCertainty, CaveSeverity, CaveSource } from '../../../../../shared/schemas/cave.schema';

/** The fields cave.add and cave.revise share; both forms render them through <CaveFields>. */
export interface CaveFieldValues {
  allergenAtc?: string | undefined;
  allergenText?: string | undefined;
  reaction?: string | undefined;
  severity: CaveSeverity;
  certainty: CaveCertainty;
  source: CaveSource;
  notedOn: string;
}
