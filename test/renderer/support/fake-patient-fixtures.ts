/**
 * Fictional patients, doctors and list changes for component tests. Identity numbers are Test Norge (month + 80)
 * or the clinic's own H-nummer (month + 40), never real people. Ids are UUIDs because the contract says so.
 */
import type {
  CaveEntryView,
  DoctorListView,
  ImportReport,
  ListChangeView,
  PatientCard,
  PatientSummary,
} from '../../../shared/api/views';
import { controlDigits, testNorgeIdentityNumber } from '../../../shared/rules/synthetic-identity';

/** A UUID (version 7 layout) with a readable tail, e.g. fixtureId(1) = '0190a5e0-0000-7000-8000-000000000001'. */
export function fixtureId(n: number): string {
  return `0190a5e0-0000-7000-8000-${String(n).padStart(12, '0')}`;
}

export function tnr(birthDate: string, sex: 'female' | 'male', skip = 0): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  let found = 0;
  for (let individ = year >= 2000 ? 500 : 0; individ < 1000; individ++) {
    if ((individ % 2 === 0) !== (sex === 'female')) continue;
    const n = testNorgeIdentityNumber({ year, month, day }, individ);
    if (n && found++ === skip) return n;
  }
  throw new Error(`no Test Norge number for ${birthDate}`);
}

/** The clinic's own H-nummer for a birth date (month + 40), first individnummer with valid control digits. */
export function hnr(birthDate: string, sex: 'female' | 'male'): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const prefix = `${String(day).padStart(2, '0')}${month + 40}${String(year % 100).padStart(2, '0')}`;
  for (let individ = 100; individ < 500; individ++) {
    if ((individ % 2 === 0) !== (sex === 'female')) continue;
    const control = controlDigits(`${prefix}${individ}`);
    if (control) return `${prefix}${individ}${control}`;
  }
  throw new Error(`no H-nummer for ${birthDate}`);
}

export interface FixtureDoctor extends DoctorListView {
  /** The user account of the doctor, for "Min liste". */
  userId: string;
}

export const FIXTURE_DOCTORS: FixtureDoctor[] = [
  {
    doctorId: fixtureId(901),
    userId: 'u-lege',
    doctorName: 'Ola Lege',
    hprNumber: '9144889',
    listCeiling: 1200,
    listLength: 1187,
    freePlaces: 13,
    waiting: 0,
  },
  {
    doctorId: fixtureId(902),
    userId: 'u-lege2',
    doctorName: 'Per Lege',
    hprNumber: '1000002',
    listCeiling: 900,
    listLength: 900,
    freePlaces: 0,
    waiting: 3,
  },
];

const [OLA_LEGE, PER_LEGE] = FIXTURE_DOCTORS as [FixtureDoctor, FixtureDoctor];

function cave(n: number, fields: Partial<CaveEntryView> & Pick<CaveEntryView, 'allergenText'>): CaveEntryView {
  return {
    entryId: fixtureId(500 + n),
    version: 1,
    allergenAtc: null,
    reaction: null,
    severity: 'moderat',
    certainty: 'bekreftet',
    source: 'pasient',
    notedOn: '2024-03-01',
    status: 'aktiv',
    recordedAt: '2024-03-01T09:00:00.000Z',
    recordedBy: 'Ola Lege',
    ...fields,
  };
}

function card(
  n: number,
  fields: Pick<PatientSummary, 'givenName' | 'familyName' | 'birthDate' | 'sex' | 'identityNumber'> &
    Partial<PatientCard>,
): PatientCard {
  return {
    id: fixtureId(n),
    identityType: 'tnr',
    middleName: null,
    status: 'aktiv',
    addressLine: null,
    postalCode: null,
    city: null,
    mobilePhone: null,
    fastlege: null,
    onMyList: false,
    otherPhone: null,
    email: null,
    preferredLanguage: null,
    interpreterNeeded: false,
    smsConsent: false,
    kommune: null,
    deceasedOn: null,
    mergedIntoId: null,
    nextOfKin: [],
    guardians: [],
    children: [],
    cave: [],
    listHistory: [],
    ...fields,
  };
}

/** Kari has CAVE in force and in history; Ola shares her family name; Kristian her birth date. */
export function fixturePatients(): PatientCard[] {
  return [
    card(1, {
      givenName: 'Kari',
      familyName: 'Nordmann',
      birthDate: '1962-05-03',
      sex: 'female',
      identityNumber: tnr('1962-05-03', 'female'),
      addressLine: 'Storgata 1',
      postalCode: '5501',
      city: 'HAUGESUND',
      kommune: { number: '1106', name: 'HAUGESUND' },
      mobilePhone: '912 34 567',
      smsConsent: true,
      fastlege: { doctorId: OLA_LEGE.doctorId, doctorName: OLA_LEGE.doctorName },
      listHistory: [
        { doctorId: OLA_LEGE.doctorId, doctorName: OLA_LEGE.doctorName, fromDate: '2019-01-01', toDate: null },
      ],
      cave: [
        cave(1, {
          allergenAtc: 'J01CE02',
          allergenText: 'Fenoksymetylpenicillin',
          reaction: 'Anafylaksi',
          severity: 'livstruende',
        }),
        cave(2, {
          allergenText: 'Peanøtter',
          severity: 'alvorlig',
          certainty: 'sannsynlig',
          status: 'feilregistrert',
          version: 2,
        }),
        cave(3, { allergenText: 'Plaster', severity: 'lett', status: 'inaktiv', version: 3 }),
      ],
    }),
    card(2, {
      givenName: 'Ola',
      familyName: 'Nordmann',
      birthDate: '1958-11-20',
      sex: 'male',
      identityNumber: tnr('1958-11-20', 'male'),
      fastlege: { doctorId: PER_LEGE.doctorId, doctorName: PER_LEGE.doctorName },
    }),
    card(3, {
      givenName: 'Kristian',
      familyName: 'Berg',
      birthDate: '1962-05-03',
      sex: 'male',
      identityNumber: tnr('1962-05-03', 'male'),
    }),
    card(4, {
      givenName: 'Nora',
      familyName: 'Nordby',
      birthDate: '1990-02-14',
      sex: 'female',
      identityNumber: tnr('1990-02-14', 'female'),
      status: 'flyttet',
    }),
    card(5, {
      givenName: 'Hassan',
      familyName: 'Ali',
      birthDate: '1975-06-15',
      sex: 'male',
      identityNumber: hnr('1975-06-15', 'male'),
      identityType: 'hnr-clinic',
    }),
  ];
}

/** Many patients with one family name, for the windowed list. */
export function manyPatients(count: number): PatientCard[] {
  return Array.from({ length: count }, (_, i) =>
    card(1000 + i, {
      givenName: `Person${String(i).padStart(4, '0')}`,
      familyName: 'Testesen',
      birthDate: '1980-01-01',
      sex: i % 2 === 0 ? 'female' : 'male',
      identityNumber: tnr('1980-01-01', i % 2 === 0 ? 'female' : 'male', Math.floor(i / 2) % 200),
    }),
  );
}

export function fixtureListChanges(patients: readonly PatientCard[]): ListChangeView[] {
  const [kari, ola] = patients as [PatientCard, PatientCard];
  return [
    { patient: kari, doctorId: OLA_LEGE.doctorId, doctorName: OLA_LEGE.doctorName, kind: 'ny', date: '2025-11-01' },
    { patient: ola, doctorId: OLA_LEGE.doctorId, doctorName: OLA_LEGE.doctorName, kind: 'sluttet', date: '2025-11-01' },
  ];
}

/** What the list-file import answers for test/fixtures/fastlegeliste-blandet.csv (see test/services). */
export const FIXTURE_IMPORT_REPORT: ImportReport = {
  imported: 6,
  updated: 0,
  unchanged: 0,
  rejected: [
    { line: 6, code: 'IDENTITY_INVALID', message: 'Ugyldig fødselsnummer: kontrollsifrene stemmer ikke.' },
    {
      line: 9,
      code: 'IDENTITY_TEN_DIGITS',
      message: 'Fødselsnummeret har bare 10 siffer. Et regneark kan ha fjernet en null først i nummeret.',
    },
    { line: 10, code: 'DUPLICATE_IN_FILE', message: 'Fødselsnummeret står allerede på linje 2 i filen.' },
    { line: 12, code: 'FIELD_COUNT', message: 'Linjen har 6 felt, men overskriften har 11.' },
  ],
  warnings: [
    { line: 1, code: 'UNKNOWN_COLUMN', message: 'Ukjent kolonne «merknad» er hoppet over.' },
    { line: 11, code: 'UNKNOWN_HPR', message: 'Ingen lege ved legekontoret har HPR-nummer 9999999.' },
  ],
};
