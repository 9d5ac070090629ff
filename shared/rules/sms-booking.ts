/**
 * SMS booking requests in the form patients are told to use (DOMAIN.md, "Reception and appointments"): the clinic's
 * keyword, birth date (ddmmyy), name and free text, e.g. "HAUGESUND 030562 Kari Nordmann Trenger time for
 * konsultasjon". Pure: parsing here, matching against the patients who share the birth date here too; the service
 * only fetches those patients. Tolerant of case, extra spaces, dots/dashes/slashes in the date, a four-digit year,
 * a missing keyword and a name written before the date; anything it cannot read is kept for a person with a reason.
 */
import { foldForSearch } from './search-fold';

export interface SmsParseOptions {
  /** The clinic's keyword (e.g. "HAUGESUND"); null when none is set up, then any first word before the date is it. */
  keyword: string | null;
  /** Today (YYYY-MM-DD, the clinic's calendar): a two-digit year is the latest century not in the future. */
  today: string;
}

export type SmsParseFailure = 'empty' | 'no-birth-date' | 'invalid-birth-date' | 'no-name';

export type SmsParse =
  | {
      ok: true;
      /** The keyword as written, or null when the message starts with the date or the name. */
      keyword: string | null;
      /** False when a keyword is set up and the message does not carry it (kept, but shown to the person). */
      keywordMatches: boolean;
      /** YYYY-MM-DD */
      birthDate: string;
      /** The date as the patient wrote it. */
      birthDateText: string;
      /** The name when the patient wrote it before the date; null when it is among `words`. */
      nameBeforeDate: string[] | null;
      /** The words after the date: the name (unless written before) and the free text. */
      words: string[];
    }
  | { ok: false; code: SmsParseFailure; reason: string };

const FAILURE_REASONS: Record<SmsParseFailure, string> = {
  empty: 'Meldingen er tom.',
  'no-birth-date': 'Fant ingen fødselsdato (ddmmåå) i meldingen.',
  'invalid-birth-date': 'Fødselsdatoen er ikke en gyldig dato.',
  'no-name': 'Fant ikke navnet i meldingen.',
};

function failure(code: SmsParseFailure): SmsParse {
  return { ok: false, code, reason: FAILURE_REASONS[code] };
}

const DATE_TOKEN = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{2}|\d{4})$/;
const COMPACT_DATE = /^(\d{2})(\d{2})(\d{2}|\d{4})$/;

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

type DateRead = { date: string } | 'invalid' | null;

/** A token that looks like a date: 'invalid' when it has the shape but no such day exists (or it is ahead). */
function readDate(token: string, today: string): DateRead {
  const cleaned = token.replace(/[,;:]$/, '');
  const m = DATE_TOKEN.exec(cleaned) ?? COMPACT_DATE.exec(cleaned);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const yearText = m[3] ?? '';
  let year = Number(yearText);
  if (yearText.length === 2) {
    const thisYear = Number(today.slice(0, 4));
    const century = Math.floor(thisYear / 100) * 100;
    year = century + year;
    if (`${pad(year, 4)}-${pad(month)}-${pad(day)}` > today) year -= 100;
  }
  if (!isValidDate(year, month, day)) return 'invalid';
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return iso > today ? 'invalid' : { date: iso };
}

/** Splits on any whitespace (also non-breaking space and line breaks an SMS may carry). */
function tokens(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[\s\u00a0]+/u)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

export function parseSmsBooking(text: string, options: SmsParseOptions): SmsParse {
  const all = tokens(text);
  if (all.length === 0) return failure('empty');
  // The date is the anchor: the first date-shaped token among the first few words.
  let dateIndex = -1;
  let birthDate: DateRead = null;
  for (let i = 0; i < Math.min(all.length, 6); i++) {
    birthDate = readDate(all[i] ?? '', options.today);
    if (birthDate !== null) {
      dateIndex = i;
      break;
    }
  }
  if (dateIndex < 0 || birthDate === null) return failure('no-birth-date');
  if (birthDate === 'invalid') return failure('invalid-birth-date');

  const before = all.slice(0, dateIndex);
  const words = all.slice(dateIndex + 1);
  const wanted = options.keyword ? foldForSearch(options.keyword.trim()) : null;
  let keyword: string | null = null;
  let nameBeforeDate: string[] | null = null;
  if (before.length > 0) {
    const first = before[0] ?? '';
    const firstIsKeyword = wanted !== null ? foldForSearch(first) === wanted : true;
    if (firstIsKeyword || before.length === 1) {
      keyword = first;
      nameBeforeDate = before.length > 1 ? before.slice(1) : null;
    } else {
      // "Kari Nordmann 030562 …" without the keyword: all of it is the name.
      nameBeforeDate = before;
    }
  }
  if (nameBeforeDate === null && words.length === 0) return failure('no-name');
  const keywordMatches = wanted === null || (keyword !== null && foldForSearch(keyword) === wanted);
  return {
    ok: true,
    keyword,
    keywordMatches,
    birthDate: birthDate.date,
    birthDateText: all[dateIndex] ?? '',
    nameBeforeDate,
    words,
  };
}

/** A patient who shares the birth date: the names the register holds. */
export interface SmsCandidatePatient {
  id: string;
  givenName: string;
  middleName: string | null;
  familyName: string;
}

export type SmsMatchLevel = 'full' | 'partial' | 'birth-date';

export interface SmsMatch {
  /** matched: exactly one patient with the birth date and the whole name; otherwise a person decides. */
  status: 'matched' | 'needs-person';
  patientId: string | null;
  /** Best first; full = first given name and family name found, partial = some of the name, birth-date = only that. */
  candidates: { id: string; level: SmsMatchLevel }[];
  /** The name as written. */
  name: string;
  /** What the patient wrote about the need ("Trenger time for konsultasjon"). */
  freeText: string;
  /** Why a person must look (Norwegian), null when matched. */
  reason: string | null;
}

/** Folded name words: case, accents and hyphens do not matter ("Anne-Lise" = "anne lise"). */
function nameWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[\s\-.,!?;:()"']+/u)
    .filter((w) => w !== '');
}

interface Scored {
  id: string;
  level: SmsMatchLevel;
  /** How many of the written words belong to this patient's name. */
  taken: number;
}

/**
 * How many leading words are this patient's name, and whether they cover the first given name and the family
 * name. When the name was written before the date all of it is the name; after the date the name is the run of
 * leading words found in the patient's name, the rest is free text.
 */
function score(patient: SmsCandidatePatient, written: string[], explicit: boolean): Scored {
  const given = nameWords(patient.givenName);
  const family = nameWords(patient.familyName);
  const all = new Set([...given, ...nameWords(patient.middleName ?? ''), ...family]);
  let taken = 0;
  const found = new Set<string>();
  for (const word of written) {
    const folded = nameWords(word);
    if (folded.length === 0 || !folded.every((w) => all.has(w))) {
      if (explicit) continue;
      break;
    }
    for (const w of folded) found.add(w);
    taken++;
  }
  const fullName = given[0] !== undefined && found.has(given[0]) && family.some((w) => found.has(w));
  const level: SmsMatchLevel = fullName ? 'full' : found.size > 0 ? 'partial' : 'birth-date';
  return { id: patient.id, level, taken: explicit ? written.length : taken };
}

/** Words that start the free text, so a name can be told from it when no patient shares the birth date. */
const NOT_A_NAME = new Set(
  [
    'trenger',
    'ønsker',
    'vil',
    'kan',
    'har',
    'jeg',
    'time',
    'haster',
    'hastar',
    'akutt',
    'snarest',
    'fornye',
    'resept',
    'vaksine',
    'gjerne',
    'hei',
    'takk',
    'ang',
    'angående',
    'om',
    'for',
    'til',
    'med',
    'på',
    'i',
  ].map(foldForSearch),
);

/** Without a candidate to compare with: the leading words that look like a name (at most four). */
function guessNameLength(words: string[]): number {
  let n = 0;
  for (const word of words.slice(0, 4)) {
    if (NOT_A_NAME.has(foldForSearch(word)) || /\d/.test(word)) break;
    n++;
  }
  return Math.max(Math.min(n, words.length), Math.min(2, words.length));
}

const LEVEL_ORDER: Record<SmsMatchLevel, number> = { full: 0, partial: 1, 'birth-date': 2 };

/** Matches a parsed SMS to the patients born that day (the caller fetches them; merged records left out). */
export function matchSmsPatients(
  parsed: Extract<SmsParse, { ok: true }>,
  patients: readonly SmsCandidatePatient[],
): SmsMatch {
  const explicit = parsed.nameBeforeDate !== null;
  const written = parsed.nameBeforeDate ?? parsed.words;
  const scored = patients
    .map((p) => score(p, written, explicit))
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || b.taken - a.taken);
  const full = scored.filter((s) => s.level === 'full');
  const partial = scored.filter((s) => s.level === 'partial');
  const best = full[0] ?? partial[0];
  const nameLength = explicit ? written.length : best ? best.taken : guessNameLength(parsed.words);
  const name = written.slice(0, nameLength).join(' ');
  const freeText = (explicit ? parsed.words : parsed.words.slice(nameLength)).join(' ');
  const candidates = scored.map((s) => ({ id: s.id, level: s.level }));
  if (full.length === 1 && full[0]) {
    return { status: 'matched', patientId: full[0].id, candidates: [candidates[0]!], name, freeText, reason: null };
  }
  let reason: string;
  if (full.length > 1) reason = `${full.length} pasienter har samme fødselsdato og navn.`;
  else if (partial.length > 0) reason = 'Navnet stemmer bare delvis med pasienten(e) med denne fødselsdatoen.';
  else if (patients.length > 0) reason = 'Ingen pasient med denne fødselsdatoen har dette navnet.';
  else reason = 'Ingen pasient har denne fødselsdatoen.';
  return {
    status: 'needs-person',
    patientId: null,
    candidates: full.length > 1 ? candidates.filter((c) => c.level === 'full') : candidates,
    name,
    freeText,
    reason,
  };
}
