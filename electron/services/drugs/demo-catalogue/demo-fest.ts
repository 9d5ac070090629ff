/**
 * The demo catalogue as an M30 FEST document, built from the tables in demo-*.data.ts. fest-demo.xml in this
 * folder is exactly this text (a test keeps them equal and validates the file against ER-M30-2014-12-01.xsd);
 * seed-demo imports it through the same importer as a real FEST file, so the demo exercises the real path.
 * Every id starts with DEMO_, which marks each imported row as demo data.
 */
import { atcName } from '../../../../shared/reference/atc';
import { DEMO_ID_PREFIX } from '../fest/fest-unit';
import {
  DEMO_BRANDS,
  DEMO_FORMS,
  DEMO_INGREDIENTS,
  DEMO_PACK_TYPES,
  type DemoBrand,
  type DemoStrength,
} from './demo-products.data';
import { DEMO_CONDITIONS, DEMO_INTERACTIONS, DEMO_REFUND_GROUPS, type DemoRefundCode } from './demo-rules.data';
import type {
  M30Code,
  M30Condition,
  M30Document,
  M30Ingredient,
  M30Interaction,
  M30Package,
  M30Product,
  M30Refund,
  M30Strength,
  M30Substance,
} from './m30-model';
import { m30Text, oid } from './m30-writer';

export const DEMO_FEST_FILE_NAME = 'fest-demo.xml';
const RETRIEVED_AT = '2025-06-02T06:00:00';
const REGISTERED_AT = '2025-06-01T08:00:00';
const VALID_FROM = '2020-01-01';

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'O')
    .replace(/æ/gi, 'AE')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
const id = (kind: string, ...parts: string[]): string =>
  `${DEMO_ID_PREFIX}${kind}_${parts
    .map(slug)
    .filter((p) => p !== '')
    .join('_')}`;
const entryOf = (classId: string): string => `${DEMO_ID_PREFIX}E_${classId.slice(DEMO_ID_PREFIX.length)}`;

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
function atc(code: string): M30Code {
  const name = atcName(code);
  if (!name) throw new Error(`demo catalogue: ATC ${code} is not in the ATC list`);
  return { code, name: capitalised(name) };
}

/** "0,1" as FEST writes numbers in NavnFormStyrke (spec 4.3.5.1). */
const decimal = (n: number): string => String(n).replace('.', ',');
const strengthLabel = (s: DemoStrength): string =>
  s.amounts.map(([amount, unit]) => `${decimal(amount)} ${unit}`).join('/') + (s.per ? `/${s.per}` : '');
const strengthSlug = (s: DemoStrength): string =>
  s.amounts.map(([amount, unit]) => `${amount}${unit}`).join('_') + (s.per ? `_${s.per}` : '');

const RELEVANCE: Readonly<Record<string, string>> = {
  '1': 'Bør unngås',
  '2': 'Forholdsregler bør tas',
  '3': 'Ingen tiltak nødvendig',
};
const BASIS: Readonly<Record<string, string>> = {
  '1': 'Interaksjonsstudier',
  '2': 'Kasusrapporter',
  '3': 'Interaksjonsstudier og kasusrapporter',
  '4': 'Indirekte data',
};
const CODE_LISTS: Readonly<Record<DemoRefundCode['system'], number>> = {
  'ICPC-2': 7170,
  'ICD-10': 7110,
  'FEST-7434': 7434,
};

function entry(classId: string, comment?: string) {
  return { entryId: entryOf(classId), registeredAt: REGISTERED_AT, ...(comment && { comment }) };
}

interface BuiltProduct {
  brand: DemoBrand;
  strength: DemoStrength;
  product: M30Product;
  packages: M30Package[];
}

export function demoFestDocument(): M30Document {
  const refundGroupOf = new Map(DEMO_REFUND_GROUPS.map((g) => [g.atc, id('RG', g.atc)]));
  const refusjonFor = (atcCode: string) => {
    const groupId = refundGroupOf.get(atcCode);
    return groupId ? [{ groupIds: [groupId], validFrom: VALID_FROM }] : undefined;
  };

  const strengths = new Map<string, M30Strength>();
  const built: BuiltProduct[] = DEMO_BRANDS.flatMap((brand, b) =>
    brand.strengths.map((strength, s) => {
      const form = DEMO_FORMS[brand.form];
      const label = strengthLabel(strength);
      const strengthIds = brand.ingredients.map((ingredient, i) => {
        const [amount, unit] = strength.amounts[i] ?? [0, ''];
        const strengthId = id('VMS', ingredient, `${amount}${unit}`, strength.per ?? '');
        strengths.set(strengthId, {
          ...entry(strengthId),
          id: strengthId,
          ingredientId: id('VS', ingredient),
          amount,
          unit,
          ...(strength.per && { perAmount: 1, perUnit: strength.per }),
        });
        return strengthId;
      });
      const productId = id('LMM', brand.key, strengthSlug(strength));
      const common = {
        atc: atc(brand.atc),
        nameFormStrength: `${brand.name} ${form.short} ${label}`,
        form: { code: form.code, name: form.name },
      };
      const product: M30Product = {
        ...entry(productId, `Kilde: ${brand.source}`),
        ...common,
        id: productId,
        reseptgruppe: brand.reseptgruppe,
        preparattype: { code: '7', name: 'Legemiddel' },
        varenavn: brand.name,
        formLong: form.long,
        strengthIds,
        manufacturer: brand.manufacturer,
        ...(brand.validity && { validity: [{ duration: brand.validity }] }),
      };
      const packages = strength.packs.map((pack, p): M30Package => {
        const [containers, each] = typeof pack.size === 'number' ? [undefined, pack.size] : pack.size;
        const packSize = containers === undefined ? String(each) : `${containers}x${each}`;
        const packageId = id('LMP', brand.key, strengthSlug(strength), packSize);
        const refusjon = refusjonFor(brand.atc);
        return {
          ...entry(packageId),
          ...common,
          id: packageId,
          reseptgruppe: pack.group ?? brand.reseptgruppe,
          ...(refusjon && { refusjon }),
          varenr: `99${String(b + 1).padStart(2, '0')}${s + 1}${p + 1}`,
          productId,
          packSize,
          packUnit: pack.unit ?? 'stk',
          packType: DEMO_PACK_TYPES[pack.type],
          ...(containers !== undefined && { containers }),
          amount: each,
        };
      });
      return { brand, strength, product, packages };
    }),
  );

  // Substance prescribing groups (LegemiddelVirkestoff): one per ATC, form and strength, over every brand in it.
  const groups = new Map<string, BuiltProduct[]>();
  for (const b of built) {
    const key = `${b.brand.atc}|${DEMO_FORMS[b.brand.form].code}|${strengthLabel(b.strength)}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  const substances: M30Substance[] = [...groups.values()].map((members) => {
    const first = members[0] as BuiltProduct;
    const form = DEMO_FORMS[first.brand.form];
    const names = first.brand.ingredients.map((i) => DEMO_INGREDIENTS[i]?.name ?? i).join('/');
    const substanceId = id('LMV', first.brand.atc, form.code, strengthSlug(first.strength));
    const refusjon = refusjonFor(first.brand.atc);
    return {
      ...entry(substanceId),
      id: substanceId,
      atc: atc(first.brand.atc),
      nameFormStrength: `${names} ${form.short} ${strengthLabel(first.strength)}`,
      // A group of CF brands is C (spec 4.3.5.1, Reseptgruppe).
      reseptgruppe: first.brand.reseptgruppe === 'CF' ? 'C' : first.brand.reseptgruppe,
      form: { code: form.code, name: form.name },
      ...(refusjon && { refusjon }),
      strengthIds: first.product.strengthIds,
      productIds: members.map((m) => m.product.id),
      packageIds: members.flatMap((m) => m.packages.map((p) => p.id)),
    };
  });

  const ingredients: M30Ingredient[] = Object.entries(DEMO_INGREDIENTS).map(([key, ingredient]) => {
    const ingredientId = id('VS', key);
    return { ...entry(ingredientId), id: ingredientId, name: ingredient.name, nameEn: ingredient.nameEn };
  });

  const refunds: M30Refund[] = DEMO_REFUND_GROUPS.map((group) => {
    const groupId = refundGroupOf.get(group.atc) ?? '';
    return {
      ...entry(groupId, 'Demodata: refusjonsgruppe laget for demokatalogen, ikke hentet fra FEST'),
      hjemmel: { code: '200', name: '§5-14 §2' },
      requiresProductLink: true,
      requiresDecision: false,
      groups: [
        {
          id: groupId,
          groupNumber: { code: `${group.atc}_1`, name: `${atc(group.atc).name} (demo)` },
          atc: atc(group.atc),
          requiresRefundCode: true,
          eligibleUse: group.eligibleUse,
          codes: group.codes.map((c) => ({
            code: c.code,
            oid: oid(CODE_LISTS[c.system]),
            text: c.text,
            validFrom: VALID_FROM,
            conditions: (c.conditions ?? []).map((key) => ({ refVilkar: id('VILK', key), from: VALID_FROM })),
          })),
        },
      ],
    };
  });

  const conditions: M30Condition[] = DEMO_CONDITIONS.map((c) => {
    const conditionId = id('VILK', c.key);
    return {
      ...entry(conditionId),
      id: conditionId,
      number: c.number,
      group: { code: '3', name: 'Refusjon' },
      appliesTo: { code: '1', name: 'Rekvirent' },
      text: c.text,
      validFrom: VALID_FROM,
    };
  });

  const interactions: M30Interaction[] = DEMO_INTERACTIONS.map((i) => {
    const interactionId = id('INT', i.key);
    return {
      ...entry(interactionId),
      id: interactionId,
      relevance: { code: i.relevance, name: RELEVANCE[i.relevance] ?? i.relevance },
      consequence: i.consequence,
      mechanism: i.mechanism,
      basis: { code: i.basis, name: BASIS[i.basis] ?? i.basis },
      handling: i.handling,
      showTo: [{ code: '1', name: 'Allmennlege' }],
      references: [{ source: i.source }],
      groups: i.groups.map((codes, g) => {
        const name = i.groupNames?.[g];
        return {
          ...(name && { name }),
          substances: codes.map((code) => ({ name: atc(code).name, atc: atc(code) })),
        };
      }),
    };
  });

  return {
    retrievedAt: RETRIEVED_AT,
    header:
      'Allmenn demokatalog i FEST-format (M30, ER-M30-2014-12-01.xsd). DEMODATA, ikke til klinisk bruk: ' +
      'pakninger og varenummer er laget for demoen, refusjonsregler og vilkår er oppdiktet. Kilder: README.md.',
    products: built.map((b) => b.product),
    packages: built.flatMap((b) => b.packages),
    ingredients,
    strengths: [...strengths.values()],
    substances,
    refunds,
    conditions,
    interactions,
    notAssessed: [],
  };
}

/** The demo catalogue's M30 text: what fest-demo.xml holds. */
export function demoFestXml(): string {
  return m30Text(demoFestDocument());
}
