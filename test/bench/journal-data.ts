/**
 * Generated journals for the benchmarks: signed notes in realistic Norwegian clinical language, with diagnoses,
 * measurements, the odd retting and feilregistrering, spread over fifteen years. Deterministic for a seed, so two
 * runs measure the same data. Bump JOURNAL_GENERATOR_VERSION whenever the output changes: it keys the cache.
 */
import type {
  BulkDiagnosis,
  BulkMeasurement,
  BulkNote,
  BulkVersion,
} from '../../db/repositories/journal-bulk.repository';
import atcData from '../../shared/reference/atc.json' with { type: 'json' };
import { icpc2Title } from '../../shared/reference/codes';
import postnummerData from '../../shared/reference/postnummer.json' with { type: 'json' };
import { MEASUREMENTS, type MeasurementKind } from '../../shared/rules/measurements';
import {
  COMMON_ANAMNESE,
  COMMON_TILTAK,
  OCCUPATIONS,
  RARE_SENTENCES,
  RARE_TERMS,
  TAIL_SENTENCES,
  TOPICS,
  type Topic,
} from './journal-phrases';

export const JOURNAL_GENERATOR_VERSION = 3;

const YEARS = 15;
const DAY_MS = 86_400_000;
/** Share of notes later corrected (retting) and marked feilregistrert. */
const CORRECTED = 0.02;
const ENTERED_IN_ERROR = 0.003;
/** About one note in 2 000 mentions one of the rare terms: each turns up a few dozen times in a million notes. */
const RARE = 1 / 2000;
/** Share of notes with a sentence from the long tail (a medicine by name, a job, a place). */
const TAIL = 0.5;

const CONTACT_TYPES: readonly [string, number][] = [
  ['oppmote', 60],
  ['telefon', 20],
  ['e_konsultasjon', 10],
  ['video', 5],
  ['administrativ', 4],
  ['sykebesok', 1],
];

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence on every machine for the same seed. */
export function seededRandom(seed: string): Random {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;

function pickWeighted<T>(r: Random, items: readonly T[], weight: (item: T) => number, total: number): T {
  let x = r() * total;
  for (const item of items) {
    x -= weight(item);
    if (x < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** Substance names (ATC level 5) and postal places: the registers give the vocabulary its long tail. */
const DRUGS = [
  ...new Set(
    Object.entries(atcData as Record<string, string>)
      .filter(([code, name]) => code.length === 7 && !/diverse|kombinasjon/i.test(name))
      .map(([, name]) => name),
  ),
];
const PLACES = [
  ...new Set(
    Object.values(postnummerData as unknown as Record<string, [string, string, string]>).map(
      ([place]) => place.charAt(0) + place.slice(1).toLowerCase(),
    ),
  ),
];

/** Zipf-like: a few items are used often, most rarely, as with medicines and places in a real list. */
function pickSkewed<T>(r: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * r() ** 3)] as T;
}

const TOPIC_TOTAL = TOPICS.reduce((a, t) => a + t.weight, 0);
const CONTACT_TOTAL = CONTACT_TYPES.reduce((a, [, w]) => a + w, 0);

const TITLES = new Map<string, string>();
for (const topic of TOPICS) {
  for (const { code } of topic.codes) {
    const title = icpc2Title(code);
    if (!title) throw new Error(`phrase bank uses unknown ICPC-2 code ${code}`);
    TITLES.set(code, title);
  }
}

/** Some sentences, in bank order, without repeats. */
function sentences(r: Random, bank: readonly string[], min: number, max: number): string[] {
  const count = Math.min(bank.length, int(r, min, max));
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(r() * bank.length));
  return [...chosen].sort((a, b) => a - b).map((i) => bank[i] as string);
}

type Values = Record<MeasurementKind, number>;

function measuredValues(r: Random): Values {
  const sys = int(r, 112, 168);
  return {
    bt_sys: sys,
    bt_dia: Math.min(sys - 25, int(r, 64, 102)),
    puls: int(r, 52, 104),
    temp: int(r, 365, 394) / 10,
    vekt: int(r, 520, 1180) / 10,
    hoyde: int(r, 152, 194),
    spo2: int(r, 91, 99),
    crp: r() < 0.6 ? int(r, 1, 9) : int(r, 10, 160),
    hb: int(r, 98, 158) / 10,
    hba1c: int(r, 38, 82),
    glukose: int(r, 45, 140) / 10,
    inr: int(r, 18, 32) / 10,
  };
}

const comma = (n: number) => String(n).replace('.', ',');

function fill(r: Random, template: string, v: Values): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'd':
        return String(int(r, 1, 14));
      case 'w':
        return String(int(r, 1, 12));
      case 'n':
        return String(int(r, 2, 120));
      case 'bt':
        return `${v.bt_sys}/${v.bt_dia}`;
      case 'rare':
        return pick(r, RARE_TERMS);
      case 'drug':
        return pickSkewed(r, DRUGS);
      case 'place':
        return pickSkewed(r, PLACES);
      case 'job':
        return pick(r, OCCUPATIONS);
      default:
        return key in v ? comma(v[key as MeasurementKind]) : key;
    }
  });
}

function text(r: Random, parts: readonly string[], v: Values): string {
  return parts.map((p) => fill(r, p, v)).join(' ');
}

function diagnoses(r: Random, topic: Topic): BulkDiagnosis[] {
  const main = r() < 0.6 ? topic.codes[0] : pick(r, topic.codes);
  if (!main) return [];
  const chosen = [main];
  const second = pick(r, topic.codes);
  if (r() < 0.25 && second.code !== main.code) chosen.push(second);
  return chosen.map((c, i) => ({
    codeSystem: 'ICPC-2',
    code: c.code,
    title: TITLES.get(c.code) ?? c.code,
    isMain: i === 0,
    isLasting: c.lasting === true,
  }));
}

function measurements(r: Random, topic: Topic, v: Values): BulkMeasurement[] {
  return topic.measurements
    .filter(() => r() < 0.8)
    .map((kind) => ({ kind, value: v[kind], unit: MEASUREMENTS[kind].unit }));
}

export interface JournalContext {
  random: Random;
  newId: () => string;
  doctors: readonly string[];
  /** The newest note is at most a day before this. */
  now: Date;
}

function version(ctx: JournalContext, authorId: string, signedAt: string, contactType: string): BulkVersion {
  const r = ctx.random;
  const topic = pickWeighted(r, TOPICS, (t) => t.weight, TOPIC_TOTAL);
  const v = measuredValues(r);
  const examined = contactType === 'oppmote' || contactType === 'sykebesok';
  const anamnese = sentences(r, topic.anamnese, 2, 4);
  if (r() < 0.3) anamnese.push(pick(r, COMMON_ANAMNESE));
  if (r() < RARE) anamnese.push(pick(r, RARE_SENTENCES));
  const tiltak = sentences(r, topic.tiltak, 1, 3);
  if (r() < 0.3) tiltak.push(pick(r, COMMON_TILTAK));
  if (r() < TAIL) (r() < 0.5 ? anamnese : tiltak).push(pick(r, TAIL_SENTENCES));
  return {
    id: ctx.newId(),
    kind: 'original',
    fields: {
      reasonForContact: fill(r, pick(r, topic.reasons), v),
      anamnese: text(r, anamnese, v),
      funn: examined ? text(r, sentences(r, topic.funn, 1, 3), v) : '',
      vurdering: text(r, sentences(r, topic.vurdering, 1, 1), v),
      tiltak: text(r, tiltak, v),
    },
    changeReason: null,
    authorId,
    signedAt,
    diagnoses: diagnoses(r, topic),
    measurements: examined ? measurements(r, topic, v) : [],
  };
}

function laterVersions(ctx: JournalContext, first: BulkVersion): BulkVersion[] {
  const r = ctx.random;
  const x = r();
  const at = new Date(Date.parse(first.signedAt) + int(r, 1, 72) * 3_600_000).toISOString();
  if (x < ENTERED_IN_ERROR) {
    return [
      { ...first, id: ctx.newId(), kind: 'feilregistrering', changeReason: 'Skrevet i feil pasient', signedAt: at },
    ];
  }
  if (x < ENTERED_IN_ERROR + CORRECTED) {
    return [
      {
        ...first,
        id: ctx.newId(),
        kind: 'retting',
        changeReason: pick(r, ['Feil i funn', 'Rettet dosering', 'Manglet opplysning om allergi', 'Skrivefeil']),
        fields: { ...first.fields, vurdering: `${first.fields.vurdering} Rettet etter ny vurdering.` },
        signedAt: at,
      },
    ];
  }
  return [];
}

/** A patient's journal: `count` signed notes, oldest first, mostly by the patient's own fastlege. */
export function patientJournal(ctx: JournalContext, count: number): BulkNote[] {
  const r = ctx.random;
  const fastlege = pick(r, ctx.doctors);
  // Whole UTC days, so the opening-hours offset below lands in the working day.
  const end = Math.floor(ctx.now.getTime() / DAY_MS) * DAY_MS - DAY_MS;
  const start = end - YEARS * 365 * DAY_MS;
  const days = Array.from({ length: count }, () => start + Math.floor((r() * (end - start)) / DAY_MS) * DAY_MS).sort(
    (a, b) => a - b,
  );
  return days.map((day) => {
    // Opening hours in Norway: 07–15 UTC is 08–16 or 09–17 local time.
    const occurredAt = new Date(day + int(r, 7 * 60, 15 * 60) * 60_000).toISOString();
    const authorId = r() < 0.75 ? fastlege : pick(r, ctx.doctors);
    const contactType = pickWeighted(r, CONTACT_TYPES, ([, w]) => w, CONTACT_TOTAL)[0];
    const signedAt = new Date(Date.parse(occurredAt) + int(r, 10, 240) * 60_000).toISOString();
    const first = version(ctx, authorId, signedAt, contactType);
    return {
      id: ctx.newId(),
      encounterId: ctx.newId(),
      occurredAt,
      contactType,
      authorId,
      versions: [first, ...laterVersions(ctx, first)],
    };
  });
}

/**
 * How many notes each patient gets: the first `heavy` (a patient seen almost daily for years), the rest spread with
 * a long tail (log-normal), as in a list where a few chronically ill patients account for many of the contacts.
 */
export function notesPerPatient(r: Random, patients: number, total: number, heavy: number): number[] {
  const rest = total - heavy;
  const weights = Array.from({ length: patients - 1 }, () => {
    const z = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    return Math.exp(0.9 * z);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((rest * w) / sum));
  let missing = rest - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % counts.length, missing--) counts[i] = (counts[i] ?? 0) + 1;
  return [heavy, ...counts];
}
