/**
 * Households for demo children: a child takes the family name and address of a recently generated adult of a
 * fitting age, and that adult becomes the child's guardian. Patients are generated one at a time and never held
 * all at once, so only the last few adults are remembered; a child who finds none is generated on its own.
 */
import type { PostalCode } from './data/postal-codes';
import type { Random } from './random';

export interface HouseholdAdult {
  /** The adult's place in the generated sequence, so the seeder can find its id. */
  index: number;
  birthYear: number;
  sex: 'female' | 'male';
  familyName: string;
  addressLine: string;
  place: PostalCode;
}

/** Parents are 20 to 45 years older than their child; outside that range a child stays on its own. */
const MIN_PARENT_AGE_GAP = 20;
const MAX_PARENT_AGE_GAP = 45;
/** Enough adults to find one of a fitting age nearly always, few enough to cost nothing per child. */
const REMEMBERED_ADULTS = 64;

export interface Households {
  remember(adult: HouseholdAdult): void;
  /** A remembered adult who could be the parent of a child born in `childBirthYear`, or null. */
  parentFor(childBirthYear: number): HouseholdAdult | null;
}

export function createHouseholds(random: Random): Households {
  const adults: HouseholdAdult[] = [];
  let next = 0;
  return {
    remember(adult) {
      // A ring: the oldest remembered adult gives way, so memory stays constant for a million patients.
      adults[next] = adult;
      next = (next + 1) % REMEMBERED_ADULTS;
    },
    parentFor(childBirthYear) {
      const fitting = adults.filter((a) => {
        const gap = childBirthYear - a.birthYear;
        return gap >= MIN_PARENT_AGE_GAP && gap <= MAX_PARENT_AGE_GAP;
      });
      return fitting.length > 0 ? random.pick(fitting) : null;
    },
  };
}
