/**
 * What people type into the patient search box, drawn from patients that exist in the benchmark register: the demo
 * generator with the benchmark's seed gives the same patients the cached register holds, so no query needs to read
 * the database to be realistic. The weights are a guess at a reception desk's day: mostly names, typed as prefixes
 * in either order, sometimes with the birth date, then identity numbers whole or in part, birth dates in three
 * spellings, and phone numbers.
 */
import { createDemoPatientGenerator, type DemoPatient } from '../../electron/services/demo/demo-patients';
import { createRandom, type Random } from '../../electron/services/demo/random';

export interface SearchQuery {
  kind: string;
  text: string;
}

type Writer = (p: DemoPatient, random: Random) => string | null;

const prefix = (random: Random, word: string, min: number): string =>
  word.slice(0, Math.min(word.length, random.int(min, word.length)));

/** Reception staff type in lower case mostly, sometimes as the name is written. */
const typed = (random: Random, text: string): string => (random.chance(0.7) ? text.toLowerCase() : text);

const day = (p: DemoPatient) => p.birthDate.slice(8, 10);
const month = (p: DemoPatient) => p.birthDate.slice(5, 7);
const year = (p: DemoPatient) => p.birthDate.slice(0, 4);

const NORWEGIAN_LETTERS = /[æøåÆØÅ]/;

/** Each kind of query, with its weight in the mix and how to write one for a patient (null: not for this one). */
const KINDS: readonly { kind: string; weight: number; write: Writer }[] = [
  // "hans kar", "kari h": given name, then the start of the family name.
  {
    kind: 'name_given_family',
    weight: 24,
    write: (p, r) => typed(r, `${prefix(r, p.givenName, 3)} ${prefix(r, p.familyName, 1)}`),
  },
  {
    kind: 'name_family_given',
    weight: 10,
    write: (p, r) => typed(r, `${prefix(r, p.familyName, 3)} ${prefix(r, p.givenName, 1)}`),
  },
  // "nord", "haugland": a family name alone, often all of it.
  { kind: 'name_family', weight: 10, write: (p, r) => typed(r, prefix(r, p.familyName, 4)) },
  // Names with æ, ø or å, typed with them: "bjørn sæt", "ødegård".
  {
    kind: 'name_norwegian_letters',
    weight: 8,
    write: (p, r) => {
      const name = `${p.givenName} ${p.familyName}`;
      if (!NORWEGIAN_LETTERS.test(name)) return null;
      return typed(r, `${prefix(r, p.givenName, 3)} ${prefix(r, p.familyName, 3)}`);
    },
  },
  // "hansen 03.05.1962": a name and a birth date, as a patient at the desk gives them.
  {
    kind: 'name_birth',
    weight: 5,
    write: (p, r) =>
      typed(
        r,
        `${prefix(r, p.familyName, 1)} ${r.chance(0.5) ? `${day(p)}.${month(p)}.${year(p)}` : `${day(p)}${month(p)}${year(p).slice(2)}`}`,
      ),
  },
  { kind: 'identity_full', weight: 15, write: (p) => p.identityNumber },
  { kind: 'identity_partial', weight: 8, write: (p, r) => p.identityNumber.slice(0, r.int(7, 10)) },
  { kind: 'birth_ddmmyy', weight: 7, write: (p) => `${day(p)}${month(p)}${year(p).slice(2)}` },
  { kind: 'birth_ddmmyyyy', weight: 4, write: (p) => `${day(p)}${month(p)}${year(p)}` },
  { kind: 'birth_dotted', weight: 4, write: (p) => `${day(p)}.${month(p)}.${year(p)}` },
  {
    kind: 'phone',
    weight: 10,
    write: (p, r) => {
      const m = p.mobilePhone;
      if (m === null) return null;
      const spellings = [m, `${m.slice(0, 3)} ${m.slice(3, 5)} ${m.slice(5)}`, `+47 ${m}`];
      return r.pick(spellings);
    },
  },
];

/** `count` queries for patients among the first `population` the benchmark seed generates. */
export function searchQueries(seed: string, population: number, count: number): SearchQuery[] {
  const generator = createDemoPatientGenerator(seed);
  const patients = Array.from({ length: population }, () => generator.next());
  const random = createRandom(`${seed}/search`);
  const weights = KINDS.map((k) => k.weight);
  const queries: SearchQuery[] = [];
  while (queries.length < count) {
    const { kind, write } = random.weighted(KINDS, weights);
    const text = write(random.pick(patients), random);
    if (text !== null) queries.push({ kind, text });
  }
  return queries;
}
