/**
 * A generated M30 FEST file of realistic size (30 000 packages by default, about the size of the real extract's
 * pakning catalogue) for the import tests and the drugs.search benchmark. Substance names and ATC codes are the
 * real ones (shared/reference/atc.json), brand names are invented syllables, and the counts of every catalogue
 * are known exactly: the manifest says what an import must find. Deterministic for a seed; written as a stream.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import atcData from '../../../shared/reference/atc.json' with { type: 'json' };
import icpcData from '../../../shared/reference/icpc2.json' with { type: 'json' };
import { createRandom, type Random } from '../../../electron/services/demo/random';
import type {
  M30Code,
  M30Condition,
  M30Document,
  M30Ingredient,
  M30Interaction,
  M30NotAssessed,
  M30Package,
  M30Product,
  M30Refund,
  M30Strength,
  M30Substance,
} from '../../../electron/services/drugs/demo-catalogue/m30-model';
import { m30Chunks, oid } from '../../../electron/services/drugs/demo-catalogue/m30-writer';

/** Bump when the output changes, so cached benchmark databases are rebuilt. */
export const LARGE_FEST_GENERATOR_VERSION = 1;

export interface LargeFestOptions {
  packages: number;
  seed?: string;
}

/** What an import of the file must find. */
export interface LargeFestManifest {
  products: number;
  packages: number;
  substances: number;
  ingredients: number;
  refundGroups: number;
  refundCodes: number;
  conditions: number;
  interactions: number;
  interactionsNotAssessed: number;
  refundLinks: number;
  /** Entries with status U (utgått), which the importer skips. */
  withdrawn: number;
  /** A few products, for tests and benchmark queries. */
  samples: { name: string; atc: string; substance: string; varenr: string }[];
}

const ATC_NAMES = atcData as unknown as Record<string, string>;
const LEVEL5 = Object.keys(ATC_NAMES).filter((code) => code.length === 7);
const ICPC_DIAGNOSES = Object.entries(icpcData as unknown as Record<string, string>).filter(
  ([code]) => Number(code.slice(1)) >= 70,
);

const FORMS: readonly (M30Code & { short: string; unit: string; pack: M30Code })[] = [
  { code: '53', name: 'Tablett', short: 'Tab', unit: 'stk', pack: { code: '169', name: 'Blisterpakning' } },
  { code: '32', name: 'Kapsel', short: 'Kaps', unit: 'stk', pack: { code: '55', name: 'Boks av plast' } },
  { code: '28', name: 'Enterotablett', short: 'Enterotab', unit: 'stk', pack: { code: '169', name: 'Blisterpakning' } },
  { code: '25', name: 'Depottablett', short: 'Depottab', unit: 'stk', pack: { code: '169', name: 'Blisterpakning' } },
  { code: '9', name: 'Mikstur', short: 'Mikst', unit: 'ml', pack: { code: '106', name: 'Flaske' } },
];
const STRENGTHS = [1, 2.5, 5, 10, 20, 25, 40, 50, 75, 100, 150, 200, 250, 400, 500, 1000];
const PACK_SIZES = [10, 14, 20, 28, 30, 50, 56, 98, 100, 200];
const GROUPS = ['C', 'F', 'B', 'A', 'CF'] as const;
const GROUP_WEIGHTS = [80, 8, 7, 3, 2];
const SYLLABLES = [
  'ka',
  'vo',
  'ne',
  'lis',
  'tra',
  'mi',
  'dor',
  'pha',
  'zen',
  'ol',
  'ex',
  'ri',
  'sa',
  'tem',
  'bu',
  'lo',
  'fen',
  'ar',
  'cy',
  'mo',
];
const REGISTERED = '2025-05-01T08:00:00';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const atcCode = (code: string): M30Code => ({ code, name: capital(ATC_NAMES[code] ?? code) });
const decimal = (n: number): string => String(n).replace('.', ',');

function brandName(random: Random): string {
  const parts = random.int(2, 3);
  let name = '';
  for (let i = 0; i < parts; i++) name += random.pick(SYLLABLES);
  return capital(name);
}

/** A substance comes in a few strengths, shared by its brands (so generics form substance groups). */
function strengthsOf(atc: string): number[] {
  const random = createRandom(atc);
  return [random.pick(STRENGTHS), random.pick(STRENGTHS), random.pick(STRENGTHS)];
}

interface ProductSpec {
  index: number;
  id: string;
  brand: string;
  atc: string;
  form: (typeof FORMS)[number];
  amount: number;
  reseptgruppe: string;
  packages: number;
}

/** The file as a document; the manifest is complete once the document has been fully iterated. */
export function largeFestDocument(options: LargeFestOptions): { doc: M30Document; manifest: LargeFestManifest } {
  const random = createRandom(options.seed ?? 'large-fest');
  const productCount = Math.max(1, Math.round(options.packages / 2.5));
  const basePackages = Math.floor(options.packages / productCount);
  const extraPackages = options.packages % productCount;

  // Two strengths per brand, as real brands come; the substance is a real ATC level-5 code.
  const specs: ProductSpec[] = [];
  let brand = '';
  let atc = '';
  let form = FORMS[0] as (typeof FORMS)[number];
  let reseptgruppe = 'C';
  for (let i = 0; i < productCount; i++) {
    if (i % 2 === 0) {
      brand = brandName(random);
      atc = random.pick(LEVEL5);
      form = random.pick(FORMS);
      reseptgruppe = random.weighted(GROUPS, GROUP_WEIGHTS);
    }
    specs.push({
      index: i,
      id: `ID_P${i}`,
      brand,
      atc,
      form,
      amount: random.pick(strengthsOf(atc)),
      reseptgruppe,
      packages: basePackages + (i < extraPackages ? 1 : 0),
    });
  }

  const usedAtc = [...new Set(specs.map((s) => s.atc))];
  const refundAtc = new Set(usedAtc.filter((_, i) => i % 4 === 0));
  const conditionCount = 150;
  const strengthId = (s: ProductSpec) => `ID_VMS_${s.atc}_${String(s.amount).replace('.', '_')}`;
  const unitOf = (s: ProductSpec) => (s.form.unit === 'ml' ? 'mg/ml' : 'mg');
  const nameFormStrength = (s: ProductSpec) => `${s.brand} ${s.form.short} ${decimal(s.amount)} ${unitOf(s)}`;
  const packageIds = (s: ProductSpec) => Array.from({ length: s.packages }, (_, p) => `ID_K${s.index}_${p}`);

  const manifest: LargeFestManifest = {
    products: productCount,
    packages: options.packages,
    substances: 0,
    ingredients: usedAtc.length,
    refundGroups: refundAtc.size,
    refundCodes: 0,
    conditions: conditionCount,
    interactions: 0,
    interactionsNotAssessed: 0,
    refundLinks: 0,
    withdrawn: 0,
    samples: [0, 2, Math.floor(productCount / 2), productCount - 1].flatMap((i) => {
      const s = specs[i];
      return s
        ? [{ name: s.brand, atc: s.atc, substance: capital(ATC_NAMES[s.atc] ?? ''), varenr: String(100000 + i * 10) }]
        : [];
    }),
  };

  const legemiddel = (s: ProductSpec, reseptgruppe: string) => ({
    atc: atcCode(s.atc),
    nameFormStrength: nameFormStrength(s),
    reseptgruppe,
    form: { code: s.form.code, name: s.form.name },
  });

  function* products(): Generator<M30Product> {
    for (const s of specs) {
      yield {
        entryId: `ID_E_P${s.index}`,
        registeredAt: REGISTERED,
        ...legemiddel(s, s.reseptgruppe),
        id: s.id,
        varenavn: s.brand,
        strengthIds: [strengthId(s)],
        manufacturer: 'Generert AS',
      };
      // Every 1000th product has a withdrawn (utgått) predecessor under another id: the importer skips it.
      if (s.index % 1000 === 0) {
        manifest.withdrawn++;
        yield {
          entryId: `ID_E_PU${s.index}`,
          registeredAt: REGISTERED,
          status: 'U',
          ...legemiddel(s, s.reseptgruppe),
          id: `ID_PU${s.index}`,
          varenavn: `${s.brand} (utgått)`,
          strengthIds: [strengthId(s)],
        };
      }
    }
  }

  function* packages(): Generator<M30Package> {
    for (const s of specs) {
      const ids = packageIds(s);
      for (let p = 0; p < ids.length; p++) {
        const size = PACK_SIZES[(s.index + p * 3) % PACK_SIZES.length] ?? 30;
        const group = s.reseptgruppe === 'CF' ? (p === 0 ? 'F' : 'C') : s.reseptgruppe;
        const refund = refundAtc.has(s.atc) && group !== 'F';
        if (refund) manifest.refundLinks++;
        yield {
          entryId: `ID_E_K${s.index}_${p}`,
          registeredAt: REGISTERED,
          ...legemiddel(s, group),
          ...(refund && { refusjon: [{ groupIds: [`ID_RG_${s.atc}`], validFrom: '2020-01-01' }] }),
          id: ids[p] ?? '',
          varenr: String(100000 + s.index * 10 + p),
          productId: s.id,
          packSize: String(size),
          packUnit: s.form.unit,
          packType: s.form.pack,
          amount: size,
        };
      }
    }
  }

  function* ingredients(): Generator<M30Ingredient> {
    for (const code of usedAtc) {
      yield {
        entryId: `ID_E_VS_${code}`,
        registeredAt: REGISTERED,
        id: `ID_VS_${code}`,
        name: capital(ATC_NAMES[code] ?? code),
      };
    }
  }

  function* strengths(): Generator<M30Strength> {
    const seen = new Set<string>();
    for (const s of specs) {
      const id = strengthId(s);
      if (seen.has(id)) continue;
      seen.add(id);
      yield {
        entryId: `ID_E_${id.slice(3)}`,
        registeredAt: REGISTERED,
        id,
        ingredientId: `ID_VS_${s.atc}`,
        amount: s.amount,
        unit: 'mg',
        ...(s.form.unit === 'ml' && { perAmount: 1, perUnit: 'ml' }),
      };
    }
  }

  function* substances(): Generator<M30Substance> {
    const groups = new Map<string, ProductSpec[]>();
    for (const s of specs) {
      const key = `${s.atc}_${s.form.code}_${String(s.amount).replace('.', '_')}`;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    for (const [key, members] of groups) {
      const first = members[0] as ProductSpec;
      manifest.substances++;
      const refund = refundAtc.has(first.atc);
      if (refund) manifest.refundLinks++;
      yield {
        entryId: `ID_E_LV_${key}`,
        registeredAt: REGISTERED,
        atc: atcCode(first.atc),
        nameFormStrength: `${capital(ATC_NAMES[first.atc] ?? first.atc)} ${first.form.short} ${decimal(first.amount)} ${unitOf(first)}`,
        reseptgruppe: first.reseptgruppe === 'CF' ? 'C' : first.reseptgruppe,
        form: { code: first.form.code, name: first.form.name },
        ...(refund && { refusjon: [{ groupIds: [`ID_RG_${first.atc}`], validFrom: '2020-01-01' }] }),
        id: `ID_LV_${key}`,
        strengthIds: [strengthId(first)],
        productIds: members.map((m) => m.id),
        packageIds: members.flatMap(packageIds),
      };
    }
  }

  function* refunds(): Generator<M30Refund> {
    for (const code of refundAtc) {
      const codes = Array.from({ length: random.int(1, 4) }, (_, i) => {
        const [icpc, title] = random.pick(ICPC_DIAGNOSES);
        const condition = random.chance(0.3)
          ? [{ refVilkar: `ID_VILK_${random.int(0, conditionCount - 1)}`, from: '2020-01-01' }]
          : [];
        return {
          code: icpc,
          oid: oid(7170),
          text: `${title} (${i + 1})`,
          validFrom: '2020-01-01',
          conditions: condition,
        };
      });
      manifest.refundCodes += codes.length;
      yield {
        entryId: `ID_E_RG_${code}`,
        registeredAt: REGISTERED,
        hjemmel: { code: '200', name: '§5-14 §2' },
        requiresProductLink: true,
        requiresDecision: false,
        groups: [
          {
            id: `ID_RG_${code}`,
            groupNumber: { code: `${code}_1`, name: capital(ATC_NAMES[code] ?? code) },
            atc: atcCode(code),
            requiresRefundCode: true,
            eligibleUse: 'Generert refusjonsberettiget bruk.',
            codes,
          },
        ],
      };
    }
  }

  function* conditions(): Generator<M30Condition> {
    for (let i = 0; i < conditionCount; i++) {
      yield {
        entryId: `ID_E_VILK_${i}`,
        registeredAt: REGISTERED,
        id: `ID_VILK_${i}`,
        number: String(100 + i),
        group: { code: '3', name: 'Refusjon' },
        appliesTo: { code: '3', name: 'Rekvirent og utleverer' },
        text: `Generert refusjonsvilkår nummer ${i}.`,
      };
    }
  }

  const interactionCount = Math.round(options.packages / 10);
  function* interactions(): Generator<M30Interaction> {
    for (let i = 0; i < interactionCount; i++) {
      manifest.interactions++;
      const group = () => ({
        substances: Array.from({ length: random.int(1, 3) }, () => {
          const code = atcCode(random.pick(usedAtc));
          return { name: code.name, atc: code };
        }),
      });
      yield {
        entryId: `ID_E_INT_${i}`,
        registeredAt: REGISTERED,
        id: `ID_INT_${i}`,
        relevance: random.pick([
          { code: '1', name: 'Bør unngås' },
          { code: '2', name: 'Forholdsregler bør tas' },
          { code: '3', name: 'Ingen tiltak nødvendig' },
        ]),
        consequence: 'Generert klinisk konsekvens.',
        basis: { code: '1', name: 'Interaksjonsstudier' },
        groups: [group(), group()],
      };
    }
  }

  function* notAssessed(): Generator<M30NotAssessed> {
    for (const code of LEVEL5.filter((c) => !usedAtc.includes(c)).slice(0, 40)) {
      manifest.interactionsNotAssessed++;
      yield { entryId: `ID_E_NV_${code}`, registeredAt: REGISTERED, atc: atcCode(code) };
    }
  }

  return {
    doc: {
      retrievedAt: '2025-06-02T06:00:00',
      header: `Generert FEST-fil for tester og ytelsesmåling (generator v${LARGE_FEST_GENERATOR_VERSION}); ikke ekte legemidler.`,
      products: products(),
      packages: packages(),
      ingredients: ingredients(),
      strengths: strengths(),
      substances: substances(),
      refunds: refunds(),
      conditions: conditions(),
      interactions: interactions(),
      notAssessed: notAssessed(),
    },
    manifest,
  };
}

/** Writes the file chunk by chunk (respecting the stream's backpressure) and returns its manifest. */
export async function writeLargeFest(file: string, options: LargeFestOptions): Promise<LargeFestManifest> {
  const { doc, manifest } = largeFestDocument(options);
  const out = fs.createWriteStream(file);
  for (const chunk of m30Chunks(doc)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return manifest;
}
