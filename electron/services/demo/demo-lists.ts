/**
 * Fastlegelister for the demo clinic: which demo patients are on which doctor's list, and since when. Lists are
 * filled to just under each doctor's listetak, so the overview shows a few ledige plasser; in a register larger
 * than the lists (a benchmark's 100 000 patients) the rest are patients without a fastlege here, as a clinic has
 * for temporary residents and patients who have moved on. A child follows its guardian's list even when it is
 * full, as fastlegeforskriften lets it. Some list patients switched doctor once, so the history is not empty.
 */
import { DEMO_LAST_DAY, type DemoPatient } from './demo-patients';
import { createRandom, type Random } from './random';

export interface DemoDoctor {
  id: string;
  listCeiling: number;
}

export interface DemoMembershipPlan {
  /** Index into the doctors the assigner was made with. */
  doctor: number;
  /** YYYY-MM-DD, before the demo's reference date. */
  fromDate: string;
  /** An earlier membership at another doctor, ended the day this one began. */
  earlier: { doctor: number; fromDate: string } | null;
}

/** Share of each listetak that is filled: a full list would hide the venteliste's reason to exist. */
const LIST_FILL = 0.95;
/** Even a small demo keeps a few patients off the lists (passers-by, patients who moved on). */
const MAX_SHARE_ON_LIST = 0.9;
const SHARE_SWITCHED_DOCTOR = 0.06;
/** Fastlegeordningen began on 1 June 2001: no list membership is older. */
const LISTS_BEGAN = '2001-06-01';
const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A day in [from, to], both YYYY-MM-DD and from <= to. */
export function randomDay(random: Random, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`) / DAY_MS;
  const end = Date.parse(`${to}T00:00:00Z`) / DAY_MS;
  return isoDay(random.int(start, end) * DAY_MS);
}

const later = (a: string, b: string): string => (a > b ? a : b);

export interface DemoListAssigner {
  /** The list this patient is on, or null; call once per patient in the order they were generated. */
  assign(patient: DemoPatient): DemoMembershipPlan | null;
}

export function createDemoListAssigner(
  seed: string | number,
  doctors: readonly DemoDoctor[],
  patientCount: number,
): DemoListAssigner {
  // A stream of its own, so the patients of a seed stay the same whatever the lists do.
  const random = createRandom(`${String(seed)}/fastlegelister`);
  const targets = doctors.map((d) => Math.floor(d.listCeiling * LIST_FILL));
  const lengths = doctors.map(() => 0);
  const wanted = targets.reduce((a, b) => a + b, 0);
  const share = Math.min(MAX_SHARE_ON_LIST, wanted / Math.max(1, patientCount));
  // Only list patients are kept: a child looks up its guardian here.
  const listed = new Map<number, { doctor: number; fromDate: string }>();
  const indices = doctors.map((_, i) => i);

  const join = (patient: DemoPatient, plan: DemoMembershipPlan): DemoMembershipPlan => {
    lengths[plan.doctor] = (lengths[plan.doctor] ?? 0) + 1;
    listed.set(patient.index, plan);
    return plan;
  };

  return {
    assign(patient) {
      if (doctors.length === 0) return null;
      const first = later(patient.birthDate, LISTS_BEGAN);
      const guardian = patient.guardian ? listed.get(patient.guardian.index) : undefined;
      if (guardian) {
        return join(patient, { doctor: guardian.doctor, fromDate: later(first, guardian.fromDate), earlier: null });
      }
      if (!random.chance(share)) return null;
      const room = indices.map((i) => Math.max(0, (targets[i] ?? 0) - (lengths[i] ?? 0)));
      if (room.every((r) => r === 0)) return null;
      const doctor = random.weighted(indices, room);
      const fromDate = randomDay(random, first, DEMO_LAST_DAY);
      let earlier: DemoMembershipPlan['earlier'] = null;
      if (doctors.length > 1 && fromDate > first && random.chance(SHARE_SWITCHED_DOCTOR)) {
        const other = random.pick(indices.filter((i) => i !== doctor));
        const day = randomDay(random, first, fromDate);
        // An earlier membership that would begin the day it ends is no membership at all.
        if (day < fromDate) earlier = { doctor: other, fromDate: day };
      }
      return join(patient, { doctor, fromDate, earlier });
    },
  };
}
