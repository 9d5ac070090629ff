/**
 * One record of the list file, checked and turned into what we would store: either a patient row to apply or a
 * rejection with a stable code and a Norwegian message. Warnings never stop a row.
 */
import { lookupPostnummer } from '../../../../shared/reference/postnummer';
import { checkIdentityNumber, IDENTITY_MESSAGES } from '../../../../shared/rules/identity-number';
import type { ImportIssue } from '../../../../shared/api/views';
import type { ListFileRecord } from './list-file.parser';

export const COLUMNS = [
  'fodselsnummer',
  'etternavn',
  'fornavn',
  'mellomnavn',
  'adresse',
  'postnummer',
  'poststed',
  'telefon',
  'epost',
  'fastlege_hpr',
] as const;
export type Column = (typeof COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly Column[] = ['fodselsnummer', 'etternavn', 'fornavn'];

export interface ColumnMap {
  index: Partial<Record<Column, number>>;
  width: number;
  unknown: string[];
}

/** Columns by name, in any order, case-insensitively. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const index: Partial<Record<Column, number>> = {};
  const unknown: string[] = [];
  header.forEach((name, i) => {
    const column = COLUMNS.find((c) => c === name.trim().toLowerCase());
    if (column && index[column] === undefined) index[column] = i;
    else unknown.push(name);
  });
  return { index, width: header.length, unknown };
}

export interface ImportRow {
  line: number;
  identityNumber: string;
  identityType: string;
  birthDate: string;
  sex: string;
  familyName: string;
  givenName: string;
  middleName?: string;
  addressLine?: string;
  postalCode?: string;
  city?: string;
  kommuneNumber?: string;
  mobilePhone?: string;
  otherPhone?: string;
  email?: string;
  fastlegeHpr?: string;
}

export type RowOutcome = { ok: true; row: ImportRow; warnings: ImportIssue[] } | { ok: false; rejection: ImportIssue };

const reject = (line: number, code: string, message: string): RowOutcome => ({
  ok: false,
  rejection: { line, code, message },
});

export function checkRecord(record: ListFileRecord, columns: ColumnMap): RowOutcome {
  const { line, fields } = record;
  if (fields.length !== columns.width) {
    return reject(
      line,
      'FIELD_COUNT',
      `Linjen har ${fields.length} felt, men overskriften har ${columns.width}. Kontroller skilletegn og anførselstegn.`,
    );
  }
  const get = (c: Column) => {
    const i = columns.index[c];
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };
  const warnings: ImportIssue[] = [];
  const warn = (code: string, message: string) => warnings.push({ line, code, message });

  const identityNumber = get('fodselsnummer').replace(/\s/g, '');
  if (identityNumber === '') return reject(line, 'IDENTITY_MISSING', 'Fødselsnummer mangler.');
  const identity = checkIdentityNumber(identityNumber);
  if (!identity.valid) {
    if (identity.code === 'TEN_DIGITS') return reject(line, 'IDENTITY_TEN_DIGITS', IDENTITY_MESSAGES.TEN_DIGITS);
    return reject(line, 'IDENTITY_INVALID', `Ugyldig fødselsnummer: ${identity.message.toLowerCase()}.`);
  }
  if (!identity.birthDate) return reject(line, 'IDENTITY_INVALID', 'Ugyldig fødselsnummer: ukjent århundre.');
  const familyName = get('etternavn');
  const givenName = get('fornavn');
  if (familyName === '' || givenName === '') return reject(line, 'NAME_MISSING', 'Fornavn og etternavn må fylles ut.');

  const row: ImportRow = {
    line,
    identityNumber,
    identityType: identity.type,
    birthDate: identity.birthDate,
    sex: identity.sex ?? 'unknown',
    familyName,
    givenName,
  };
  const set = <K extends keyof ImportRow>(key: K, value: ImportRow[K] | '') => {
    if (value !== '') row[key] = value;
  };
  set('middleName', get('mellomnavn'));
  set('addressLine', get('adresse'));

  const postnummer = get('postnummer');
  const poststed = get('poststed');
  if (postnummer !== '') {
    const place = /^\d{3,4}$/.test(postnummer) ? lookupPostnummer(postnummer.padStart(4, '0')) : undefined;
    if (place && postnummer.length === 3) {
      // A spreadsheet drops the leading zero of 0150; a postnummer (unlike an identity number) is unambiguous.
      warn('POSTNUMMER_PADDED', `Postnummer ${postnummer} er lest som ${place.postnummer}.`);
    }
    if (!place) {
      warn('UNKNOWN_POSTNUMMER', `Ukjent postnummer ${postnummer}; postadressen er ikke endret.`);
    } else {
      row.postalCode = place.postnummer;
      row.city = place.poststed;
      row.kommuneNumber = place.kommunenummer;
      if (poststed !== '' && poststed.toUpperCase() !== place.poststed.toUpperCase()) {
        warn(
          'POSTSTED_MISMATCH',
          `Poststed «${poststed}» passer ikke med postnummer ${place.postnummer}; brukte ${place.poststed}.`,
        );
      }
    }
  }

  const phone = get('telefon');
  if (phone !== '') {
    const digits = phone.replace(/[\s-]/g, '').replace(/^(\+47|0047)/, '');
    if (!/^\+?\d{5,15}$/.test(digits)) warn('INVALID_PHONE', `Ugyldig telefonnummer «${phone}»; ikke lagret.`);
    else if (/^[49]\d{7}$/.test(digits)) row.mobilePhone = digits;
    else row.otherPhone = digits;
  }
  const email = get('epost');
  if (email !== '') {
    if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) row.email = email;
    else warn('INVALID_EMAIL', `Ugyldig e-postadresse «${email}»; ikke lagret.`);
  }
  set('fastlegeHpr', get('fastlege_hpr'));
  return { ok: true, row, warnings };
}
