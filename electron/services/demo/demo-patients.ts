/**
 * Fictional demo patients: Test Norge identity numbers (never a real person's), common Norwegian names that fit the
 * birth year, addresses on real postnummer with their kommune, mobile numbers, and children living with a parent
 * who is their guardian. The same seed always gives the same people; ids and timestamps are the only parts that
 * differ between runs.
 */
import type { NewPatientRow } from '../../../db/schema';
import {
  individnummerRange,
  testNorgeIdentityNumber,
  type CalendarDate,
  type Sex,
} from '../../../shared/rules/synthetic-identity';
import { FAMILY_NAMES, GIVEN_NAMES_OLDER, GIVEN_NAMES_YOUNGER, STREET_NAMES } from './data/names';
import { postalCodes, type PostalCode } from './data/postal-codes';
import { createRandom, type Random } from './random';
import { newId } from '../ids';
import { phoneDigits } from '../patients/patient-view';
import { createHouseholds } from './demo-households';

/**
 * Bump when the generator's output changes for a given seed: cached benchmark data is keyed by it.
 * 3: the demo clinic also has the timebok (schedules, appointments) and patient requests.
 */
export const DEMO_GENERATOR_VERSION = 3;

/**
 * Ages are counted back from a fixed day rather than today, so a seed gives the same patients next year too.
 * The youngest demo patient is then born before this day, never in the future.
 */
export const DEMO_REFERENCE_DATE: CalendarDate = { year: 2025, month: 7, day: 1 };
/** The day before the reference date: the last day a demo event (list membership, CAVE note) may fall on. */
export const DEMO_LAST_DAY = '2025-06-30';

/** Most patients live near the clinic (Oslo); some come from anywhere, as fastlege lists allow. */
export const DEMO_HOME_MUNICIPALITY = '0301';
const SHARE_FROM_HOME = 0.85;

/** As shared/rules/identity-number.ts classifies a Test Norge number, so demo rows look like registered ones. */
export const DEMO_IDENTITY_TYPE = 'tnr';

export interface DemoPatient {
  /** 0 for the first patient a generator gives, then 1, 2, …: how a child names its guardian. */
  index: number;
  identityNumber: string;
  givenName: string;
  middleName: string | null;
  familyName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  addressLine: string;
  postalCode: string;
  city: string;
  kommuneNumber: string;
  /** Eight digits, as the list-file import stores a mobile number; null for young children and a few adults. */
  mobilePhone: string | null;
  /** The adult of the same household who is this child's guardian, by index; null for everyone else. */
  guardian: { index: number; relation: 'mor' | 'far' } | null;
}

/**
 * The shape of a GP list by five-year age band, 0–4 up to 100–104: roughly Norway's population by age (SSB, table
 * 07459, 2024, rounded by hand). Only the shape matters here, not the exact counts.
 */
const AGE_BAND_WEIGHTS = [
  270, 300, 320, 330, 340, 370, 380, 370, 360, 370, 380, 360, 330, 300, 280, 230, 140, 75, 35, 10, 1,
] as const;
const AGE_BANDS = AGE_BAND_WEIGHTS.map((_, i) => i);

/**
 * People born before this year get the older generation's given names. Within twenty years of it some cross over,
 * as names do; a baby called Gunn or a 90-year-old Noah would look wrong.
 */
const NAME_GENERATION_SPLIT_YEAR = 1975;
const NAME_CROSSOVER_YEARS = 20;
const SHARE_OTHER_GENERATION_NAME = 0.15;
const SHARE_WITH_MIDDLE_NAME = 0.12;
const SHARE_WITH_HOUSE_LETTER = 0.15;

/**
 * Mobile numbers: 8 digits starting with 4 or 9, Norway's mobile series. Nkom reserves no range for fiction, so a
 * drawn number may belong to a real subscriber: demo patients never consent to SMS (sms_consent keeps its default
 * 0), so the app never texts one. Most children under twelve have none of their own.
 */
const MOBILE_FROM_AGE = 12;
const SHARE_WITH_MOBILE = 0.93;

/** Children under 16 (the age a guardian speaks for them) mostly live with a parent generated just before them. */
const CHILD_UNTIL_AGE = 16;
const SHARE_CHILDREN_IN_HOUSEHOLD = 0.7;
const PARENT_AGES = { from: 20, to: 65 } as const;

const FAMILY_NAME_WEIGHTS = FAMILY_NAMES.map((_, rank) => 1 / (rank + 10));
const DAY_MS = 86_400_000;

function isoDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export interface DemoPatientGenerator {
  next(): DemoPatient;
}

function mobilePhone(random: Random): string {
  return `${random.chance(0.5) ? 4 : 9}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
}

export function createDemoPatientGenerator(seed: string | number): DemoPatientGenerator {
  const random = createRandom(seed);
  const households = createHouseholds(random);
  let count = 0;
  const used = new Set<string>();
  const all = postalCodes();
  const home = all.filter((p) => p.municipality === DEMO_HOME_MUNICIPALITY);
  const referenceMs = Date.UTC(DEMO_REFERENCE_DATE.year, DEMO_REFERENCE_DATE.month - 1, DEMO_REFERENCE_DATE.day);

  const birthDate = (): CalendarDate => {
    const band = random.weighted(AGE_BANDS, AGE_BAND_WEIGHTS);
    const daysBack = random.int(1, Math.floor(5 * 365.25)) + Math.floor(band * 5 * 365.25);
    const date = new Date(referenceMs - daysBack * DAY_MS);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  };

  /** A free, valid number for this birth date and sex, or null if a few tries find none (then pick a new date). */
  const identityNumber = (date: CalendarDate, sex: Sex): string | null => {
    const range = individnummerRange(date.year);
    if (!range) return null;
    for (let attempt = 0; attempt < 40; attempt++) {
      const drawn = random.int(range.from, range.to);
      // Ranges start on an even number and end on an odd one, so fixing the parity stays inside the range.
      const individnummer = drawn - (drawn % 2) + (sex === 'female' ? 0 : 1);
      const number = testNorgeIdentityNumber(date, individnummer);
      if (number !== null && !used.has(number)) {
        used.add(number);
        return number;
      }
    }
    return null;
  };

  const givenName = (year: number, sex: Sex): string => {
    const older = year < NAME_GENERATION_SPLIT_YEAR;
    const nearSplit = Math.abs(year - NAME_GENERATION_SPLIT_YEAR) < NAME_CROSSOVER_YEARS;
    const useOlder = nearSplit && random.chance(SHARE_OTHER_GENERATION_NAME) ? !older : older;
    return random.pick((useOlder ? GIVEN_NAMES_OLDER : GIVEN_NAMES_YOUNGER)[sex]);
  };

  const address = (): { addressLine: string; place: PostalCode } => {
    const place = random.pick(random.chance(SHARE_FROM_HOME) && home.length > 0 ? home : all);
    // Low house numbers are the most common on any street.
    const houseNumber = 1 + Math.floor(random.next() ** 2 * 150);
    const letter = random.chance(SHARE_WITH_HOUSE_LETTER) ? random.pick(['A', 'B', 'C', 'D']) : '';
    return { addressLine: `${random.pick(STREET_NAMES)} ${houseNumber}${letter}`, place };
  };

  const referenceYear = DEMO_REFERENCE_DATE.year;

  return {
    next(): DemoPatient {
      for (;;) {
        const sex: Sex = random.chance(0.5) ? 'female' : 'male';
        const date = birthDate();
        const number = identityNumber(date, sex);
        if (number === null) continue;
        // Age in the reference year: exact enough to choose a household, a phone and a name generation.
        const age = referenceYear - date.year;
        const parent =
          age < CHILD_UNTIL_AGE && random.chance(SHARE_CHILDREN_IN_HOUSEHOLD) ? households.parentFor(date.year) : null;
        const familyName = parent?.familyName ?? random.weighted(FAMILY_NAMES, FAMILY_NAME_WEIGHTS);
        let middleName: string | null = null;
        if (random.chance(SHARE_WITH_MIDDLE_NAME)) {
          const candidate = random.weighted(FAMILY_NAMES, FAMILY_NAME_WEIGHTS);
          middleName = candidate === familyName ? null : candidate;
        }
        const { addressLine, place } = parent ?? address();
        const patient: DemoPatient = {
          index: count++,
          identityNumber: number,
          givenName: givenName(date.year, sex),
          middleName,
          familyName,
          birthDate: isoDate(date),
          sex,
          addressLine,
          postalCode: place.postalCode,
          city: place.city,
          kommuneNumber: place.municipality,
          mobilePhone: age >= MOBILE_FROM_AGE && random.chance(SHARE_WITH_MOBILE) ? mobilePhone(random) : null,
          guardian: parent ? { index: parent.index, relation: parent.sex === 'female' ? 'mor' : 'far' } : null,
        };
        if (age >= PARENT_AGES.from && age <= PARENT_AGES.to) {
          households.remember({ index: patient.index, birthYear: date.year, sex, familyName, addressLine, place });
        }
        return patient;
      }
    },
  };
}

/** `at` is the ISO instant of the seeding, formatted once by the caller rather than once per row. */
export function toPatientRow(patient: DemoPatient, at: string): NewPatientRow {
  return {
    id: newId(),
    identity_number: patient.identityNumber,
    identity_type: DEMO_IDENTITY_TYPE,
    given_name: patient.givenName,
    middle_name: patient.middleName,
    family_name: patient.familyName,
    birth_date: patient.birthDate,
    sex: patient.sex,
    address_line: patient.addressLine,
    postal_code: patient.postalCode,
    city: patient.city,
    kommune_number: patient.kommuneNumber,
    mobile_phone: patient.mobilePhone,
    phone_digits: phoneDigits(patient.mobilePhone, null),
    created_at: at,
    updated_at: at,
  };
}
