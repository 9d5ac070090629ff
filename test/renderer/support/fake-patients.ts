/**
 * The patient register of the fake Allmenn: search, cards, registration, CAVE, fastlegelister and the list-file
 * import, in memory, with the services' role rules (PERMISSIONS) and their Norwegian refusals.
 */
import { ErrorCode } from '../../../shared/api/error-codes';
import type { CaveEntryView, ImportReport, PatientCard, PatientSummary } from '../../../shared/api/views';
import { osloDate } from '../../../shared/rules/dates';
import { checkIdentityNumber } from '../../../shared/rules/identity-number';
import { isEmptyQuery, parsePatientQuery } from '../../../shared/rules/patient-query';
import { foldForSearch } from '../../../shared/rules/search-fold';
import { lookupPostnummer } from '../../../shared/reference/postnummer';
import { atcName } from '../../../shared/reference/atc';
import type { PatientData } from '../../../shared/schemas/patient.schema';
import { PERMISSIONS, type Role } from '../../../shared/schemas/roles';
import { refuse, requireRoleIn, type Handlers } from './fake-handler';
import {
  FIXTURE_DOCTORS,
  FIXTURE_IMPORT_REPORT,
  fixtureId,
  fixtureListChanges,
  fixturePatients,
  hnr,
  manyPatients,
  type FixtureDoctor,
} from './fake-patient-fixtures';

export interface PatientRegisterOptions {
  /** Extra patients named Testesen, for long result lists. */
  extraPatients?: number;
  /** What patients.import answers; progress events are the test's to emit (fake.emit) while the call is held. */
  importReport?: ImportReport;
}

export interface FakePatientRegister {
  handlers: Handlers;
  patients: PatientCard[];
  doctors: FixtureDoctor[];
  /** Patient ids in the order the logged-in user opened them, newest first. */
  recentIds: string[];
}

interface Session {
  role: () => Role | undefined;
  userId: () => string | null;
}

function summary(card: PatientCard, myUserId: string | null, doctors: readonly FixtureDoctor[]): PatientSummary {
  const {
    otherPhone: _o,
    email: _e,
    preferredLanguage: _p,
    interpreterNeeded: _i,
    smsConsent: _s,
    kommune: _k,
    ...rest
  } = card;
  const {
    deceasedOn: _d,
    mergedIntoId: _m,
    nextOfKin: _n,
    guardians: _g,
    children: _c,
    cave: _cv,
    listHistory: _l,
    ...base
  } = rest;
  const mine = doctors.find((d) => d.userId === myUserId);
  return { ...base, onMyList: card.fastlege !== null && card.fastlege.doctorId === mine?.doctorId };
}

function nameParts(p: PatientCard): string[] {
  return [p.givenName, p.middleName ?? '', p.familyName].flatMap((n) => foldForSearch(n).split(/[\s-]+/));
}

function matches(p: PatientCard, query: string): boolean {
  const q = parsePatientQuery(query, osloDate(new Date()));
  if (isEmptyQuery(q)) return false;
  if (q.identityExact) return p.identityNumber === q.identityExact;
  if (q.nameTokens.length === 0) {
    const phone = (p.mobilePhone ?? '').replace(/\D/g, '');
    return (
      (q.identityPrefix !== undefined && p.identityNumber.startsWith(q.identityPrefix)) ||
      (q.phonePrefix !== undefined && phone.startsWith(q.phonePrefix)) ||
      q.birthDates.includes(p.birthDate)
    );
  }
  const parts = nameParts(p);
  return (
    q.nameTokens.every((t) => parts.some((part) => part.startsWith(t))) &&
    (q.birthDates.length === 0 || q.birthDates.includes(p.birthDate))
  );
}

/** The clinic's own H-nummer: birth date with month + 40 (see electron/services/patients/h-number.ts). */
function newHNumber(birthDate: string, sex: PatientData['sex'], taken: (n: string) => boolean): string {
  const number = hnr(birthDate, sex === 'male' ? 'male' : 'female');
  if (taken(number)) refuse('H_NUMBER_EXHAUSTED', 'Fant ikke ledig H-nummer for denne fødselsdatoen.');
  return number;
}

export function createPatientRegister(session: Session, options: PatientRegisterOptions): FakePatientRegister {
  const patients = [...fixturePatients(), ...manyPatients(options.extraPatients ?? 0)];
  const doctors = FIXTURE_DOCTORS.map((d) => ({ ...d }));
  const recentIds: string[] = [];
  const listChanges = fixtureListChanges(patients);
  let nextId = 100;

  const clinical = () => session.role() === 'lege';
  const asCard = (p: PatientCard): PatientCard => ({
    ...p,
    ...summary(p, session.userId(), doctors),
    cave: clinical() ? p.cave : null,
  });
  const find = (patientId: string): PatientCard =>
    patients.find((p) => p.id === patientId) ?? refuse(ErrorCode.notFound, 'Fant ikke pasienten.');
  const findDoctor = (doctorId: string): FixtureDoctor =>
    doctors.find((d) => d.doctorId === doctorId) ?? refuse(ErrorCode.notFound, 'Fant ikke legen.');
  const administrative = () => requireRoleIn(session.role(), PERMISSIONS.patientAdministrative);

  const demographics = (data: PatientData) => {
    const place = data.postalCode ? lookupPostnummer(data.postalCode) : undefined;
    return {
      givenName: data.givenName,
      middleName: data.middleName ?? null,
      familyName: data.familyName,
      addressLine: data.addressLine ?? null,
      postalCode: data.postalCode ?? null,
      city: place?.poststed ?? null,
      kommune: place ? { number: place.kommunenummer, name: place.kommunenavn } : null,
      mobilePhone: data.mobilePhone ?? null,
      otherPhone: data.otherPhone ?? null,
      email: data.email ?? null,
      preferredLanguage: data.preferredLanguage ?? null,
      interpreterNeeded: data.interpreterNeeded,
      smsConsent: data.smsConsent,
      status: data.status,
      deceasedOn: data.deceasedOn ?? null,
    };
  };

  const handlers: Handlers = {
    'patients.search': ({ query, limit }) => {
      administrative();
      return patients
        .filter((p) => matches(p, query))
        .sort((a, b) => a.familyName.localeCompare(b.familyName, 'nb') || a.givenName.localeCompare(b.givenName, 'nb'))
        .slice(0, limit ?? 50)
        .map((p) => summary(p, session.userId(), doctors));
    },
    'patients.recent': () => {
      administrative();
      return recentIds.map((id) => summary(find(id), session.userId(), doctors));
    },
    'patients.open': ({ patientId }) => {
      administrative();
      const p = find(patientId);
      recentIds.splice(0, recentIds.length, p.id, ...recentIds.filter((id) => id !== p.id));
      return asCard(p);
    },
    'patients.register': (data) => {
      administrative();
      let identityNumber = data.identityNumber;
      let identityType = 'hnr-clinic';
      let { birthDate, sex } = data;
      if (identityNumber) {
        const check = checkIdentityNumber(identityNumber);
        if (!check.valid) refuse(ErrorCode.invalidInput, check.message, { identityNumber: check.message });
        identityType = check.type;
        birthDate = check.birthDate ?? birthDate;
        sex = check.sex ?? sex;
      } else {
        identityNumber = newHNumber(birthDate ?? '', sex, (n) => patients.some((p) => p.identityNumber === n));
      }
      if (patients.some((p) => p.identityNumber === identityNumber)) {
        refuse('PATIENT_EXISTS', 'Det finnes allerede en pasient med dette nummeret.', {
          identityNumber: 'Det finnes allerede en pasient med dette nummeret',
        });
      }
      const created: PatientCard = {
        ...fixturePatients()[0]!,
        ...demographics(data),
        id: fixtureId(nextId++),
        identityNumber,
        identityType,
        birthDate: birthDate ?? '',
        sex: sex ?? 'unknown',
        fastlege: null,
        onMyList: false,
        nextOfKin: [],
        guardians: [],
        children: [],
        cave: [],
        listHistory: [],
      };
      patients.push(created);
      return asCard(created);
    },
    'patients.update': ({ patientId, patient }) => {
      administrative();
      const p = find(patientId);
      Object.assign(p, demographics(patient));
      return asCard(p);
    },
    'patients.merge': ({ sourceId, targetId }) => {
      administrative();
      const source = find(sourceId);
      const target = find(targetId);
      if (source.identityType !== 'hnr-clinic') {
        refuse('MERGE_SOURCE_NOT_H_NUMBER', 'Bare en journal med legekontorets eget H-nummer kan slås sammen.');
      }
      if (target.birthDate !== source.birthDate) {
        refuse('MERGE_BIRTH_DATE_MISMATCH', 'Fødselsdatoene er ulike. Kontroller at det er samme person.');
      }
      target.cave = [...(target.cave ?? []), ...(source.cave ?? [])];
      Object.assign(source, { status: 'sammenslaatt', mergedIntoId: target.id, cave: [] });
      return asCard(target);
    },
    'cave.add': (input) => {
      requireRoleIn(session.role(), PERMISSIONS.patientClinical);
      const p = find(input.patientId);
      const entry: CaveEntryView = {
        entryId: fixtureId(nextId++),
        version: 1,
        allergenAtc: input.allergenAtc ?? null,
        allergenText: input.allergenText || (input.allergenAtc ? (atcName(input.allergenAtc) ?? '') : ''),
        reaction: input.reaction ?? null,
        severity: input.severity,
        certainty: input.certainty,
        source: input.source,
        notedOn: input.notedOn,
        status: 'aktiv',
        recordedAt: new Date().toISOString(),
        recordedBy: 'Ola Lege',
      };
      p.cave = [...(p.cave ?? []), entry];
      return asCard(p);
    },
    'cave.revise': (input) => {
      requireRoleIn(session.role(), PERMISSIONS.patientClinical);
      const p =
        patients.find((x) => x.cave?.some((e) => e.entryId === input.entryId)) ??
        refuse(ErrorCode.notFound, 'Fant ikke CAVE-opplysningen.');
      p.cave = (p.cave ?? []).map((e) =>
        e.entryId === input.entryId
          ? {
              ...e,
              version: e.version + 1,
              allergenAtc: input.allergenAtc ?? null,
              allergenText: input.allergenText || e.allergenText,
              reaction: input.reaction ?? null,
              severity: input.severity,
              certainty: input.certainty,
              source: input.source,
              notedOn: input.notedOn,
              status: input.status,
            }
          : e,
      );
      return asCard(p);
    },
    'lists.overview': () => {
      requireRoleIn(session.role(), PERMISSIONS.listsRead);
      return doctors.map(({ userId: _u, ...d }) => d);
    },
    'lists.setCeiling': ({ doctorId, listCeiling }) => {
      requireRoleIn(session.role(), PERMISSIONS.listsConfigure);
      const d = findDoctor(doctorId);
      Object.assign(d, { listCeiling, freePlaces: Math.max(0, listCeiling - d.listLength) });
      return doctors.map(({ userId: _u, ...x }) => x);
    },
    'lists.assign': ({ patientId, doctorId, fromDate }) => {
      requireRoleIn(session.role(), PERMISSIONS.listsWrite);
      const p = find(patientId);
      const d = findDoctor(doctorId);
      if (d.freePlaces === 0) refuse('LIST_FULL', 'Listen er full. Sett pasienten på venteliste.');
      p.fastlege = { doctorId: d.doctorId, doctorName: d.doctorName };
      p.listHistory = [...p.listHistory, { doctorId, doctorName: d.doctorName, fromDate, toDate: null }];
      return null;
    },
    'lists.remove': ({ patientId }) => {
      requireRoleIn(session.role(), PERMISSIONS.listsWrite);
      find(patientId).fastlege = null;
      return null;
    },
    'lists.addToWaitingList': ({ patientId, doctorId }) => {
      requireRoleIn(session.role(), PERMISSIONS.listsWrite);
      find(patientId);
      findDoctor(doctorId).waiting++;
      return null;
    },
    'lists.waitingList': () => {
      requireRoleIn(session.role(), PERMISSIONS.listsRead);
      return [];
    },
    'lists.changes': ({ since, doctorId }) => {
      requireRoleIn(session.role(), PERMISSIONS.listsRead);
      return listChanges.filter((c) => c.date >= since && (!doctorId || c.doctorId === doctorId));
    },
    'patients.import': () => {
      requireRoleIn(session.role(), PERMISSIONS.patientImport);
      return options.importReport ?? FIXTURE_IMPORT_REPORT;
    },
  };

  return { handlers, patients, doctors, recentIds };
}
