/**
 * Writes an M30 FEST document, entry by entry, in the element order of ER-M30-2014-12-01.xsd and
 * Forskrivning-2014-12-01.xsd (both elementFormDefault="qualified": m30 elements in the default namespace,
 * Forskrivning's under the fs prefix). Catalogues come in the order the FEST root's sequence demands.
 */
import type {
  M30Code,
  M30Condition,
  M30Document,
  M30Entry,
  M30Ingredient,
  M30Interaction,
  M30Legemiddel,
  M30NotAssessed,
  M30Package,
  M30Product,
  M30Refund,
  M30Strength,
  M30Substance,
} from './m30-model';

export const M30_NS = 'http://www.kith.no/xmlstds/eresept/m30/2014-12-01';
export const FS_NS = 'http://www.kith.no/xmlstds/eresept/forskrivning/2014-12-01';

/** Volven OIDs (spec 2.3.3): 2.16.578.1.12.4.1.1 and the code list number. */
export const oid = (list: number): string => `2.16.578.1.12.4.1.1.${list}`;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "--" may not occur in an XML comment. */
function comment(text: string | undefined, indent: string): string {
  return text ? `${indent}<!-- ${text.replace(/-{2,}/g, '-')} -->\n` : '';
}

const text = (name: string, value: string | number | undefined): string =>
  value === undefined ? '' : `<${name}>${esc(String(value))}</${name}>`;
const texts = (name: string, values: readonly string[] | undefined): string =>
  (values ?? []).map((v) => text(name, v)).join('');
const cv = (name: string, code: M30Code | undefined, list: number): string =>
  code ? `<${name} V="${esc(code.code)}" S="${oid(list)}" DN="${esc(code.name)}"/>` : '';
const cs = (name: string, code: M30Code | undefined): string =>
  code ? `<${name} V="${esc(code.code)}" DN="${esc(code.name)}"/>` : '';
const pq = (name: string, value: number | undefined, unit: string | undefined): string =>
  value === undefined ? '' : `<${name} V="${value}"${unit ? ` U="${esc(unit)}"` : ''}/>`;
const bool = (name: string, value: boolean | undefined): string =>
  value === undefined ? '' : text(name, value ? 'true' : 'false');

/** typeEnkeltoppforingFest: Id, Tidspunkt, Status (code list 7446). */
function entryHead(e: M30Entry): string {
  const status = e.status === 'U' ? { code: 'U', name: 'Utgått oppføring' } : { code: 'A', name: 'Aktiv oppføring' };
  return text('Id', e.entryId) + text('Tidspunkt', e.registeredAt) + cs('Status', status);
}

function entry(catalogueEntry: string, e: M30Entry, body: string): string {
  return `${comment(e.comment, '    ')}    <${catalogueEntry}>${entryHead(e)}\n      ${body}\n    </${catalogueEntry}>\n`;
}

/** typeLegemiddel's sequence, with the fs prefix on every element. */
function legemiddel(l: M30Legemiddel): string {
  return (
    cv('fs:Atc', l.atc, 7180) +
    text('fs:NavnFormStyrke', l.nameFormStrength) +
    cs('fs:Reseptgruppe', { code: l.reseptgruppe, name: `Reseptgruppe ${l.reseptgruppe}` }) +
    cv('fs:LegemiddelformKort', l.form, 7448) +
    texts('fs:RefVilkar', l.refVilkar) +
    cs('fs:Preparattype', l.preparattype) +
    (l.refusjon ?? [])
      .map(
        (r) =>
          `<fs:Refusjon>${texts('fs:RefRefusjonsgruppe', r.groupIds)}${text('fs:GyldigFraDato', r.validFrom)}` +
          `${text('fs:ForskrivesTilDato', r.prescribeUntil)}${text('fs:UtleveresTilDato', r.dispenseUntil)}</fs:Refusjon>`,
      )
      .join('') +
    (l.blackTriangle ? cv('fs:SvartTrekant', { code: '1', name: 'Legemiddel med særlig overvåkning' }, 7510) : '')
  );
}

function product(p: M30Product): string {
  const info =
    p.referenceProduct || p.manufacturer
      ? `<fs:ProduktInfo>${text('fs:Referanseprodukt', p.referenceProduct)}${text('fs:Produsent', p.manufacturer)}</fs:ProduktInfo>`
      : '';
  const body =
    `<fs:LegemiddelMerkevare>${legemiddel(p)}${text('fs:Id', p.id)}${text('fs:Varenavn', p.varenavn)}` +
    text('fs:LegemiddelformLang', p.formLong) +
    p.strengthIds
      .map(
        (id, i) =>
          `<fs:SortertVirkestoffMedStyrke>${text('fs:Sortering', i + 1)}${text('fs:RefVirkestoffMedStyrke', id)}</fs:SortertVirkestoffMedStyrke>`,
      )
      .join('') +
    info +
    (p.validity ?? [])
      .map((v) => `<fs:Reseptgyldighet>${cs('fs:Kjonn', v.sex)}${text('fs:Varighet', v.duration)}</fs:Reseptgyldighet>`)
      .join('') +
    '</fs:LegemiddelMerkevare>';
  return entry('OppfLegemiddelMerkevare', p, body);
}

function pack(p: M30Package): string {
  const info =
    `<fs:Pakningsinfo>${text('fs:RefLegemiddelMerkevare', p.productId)}${text('fs:Pakningsstr', p.packSize)}` +
    cv('fs:EnhetPakning', { code: p.packUnit, name: p.packUnit }, 7452) +
    cv('fs:Pakningstype', p.packType, 7449) +
    text('fs:Antall', p.containers) +
    text('fs:Mengde', p.amount) +
    '</fs:Pakningsinfo>';
  const marketing = p.deregisteredOn
    ? `<fs:Markedsforingsinfo>${text('fs:AvregDato', p.deregisteredOn)}</fs:Markedsforingsinfo>`
    : '';
  const body =
    `<fs:Legemiddelpakning>${legemiddel(p)}${text('fs:Id', p.id)}${text('fs:Varenr', p.varenr)}` +
    `${text('fs:Ean', p.ean)}${info}${marketing}</fs:Legemiddelpakning>`;
  return entry('OppfLegemiddelpakning', p, body);
}

function ingredient(i: M30Ingredient): string {
  return entry(
    'OppfVirkestoff',
    i,
    `<fs:Virkestoff>${text('fs:Id', i.id)}${text('fs:Navn', i.name)}${text('fs:NavnEngelsk', i.nameEn)}</fs:Virkestoff>`,
  );
}

function strength(s: M30Strength): string {
  const operator = cv('fs:Styrkeoperator', { code: 'L', name: 'Lik' }, 7445);
  return entry(
    'OppfVirkestoff',
    s,
    `<fs:VirkestoffMedStyrke>${text('fs:Id', s.id)}${pq('fs:Styrke', s.amount, s.unit)}` +
      `${pq('fs:StyrkeNevner', s.perAmount, s.perUnit)}${text('fs:RefVirkestoff', s.ingredientId)}${operator}` +
      `${cv('fs:AtcKombipreparat', s.atcCombination, 7180)}</fs:VirkestoffMedStyrke>`,
  );
}

function substance(s: M30Substance): string {
  const body =
    `<fs:LegemiddelVirkestoff>${legemiddel(s)}${text('fs:Id', s.id)}` +
    s.strengthIds
      .map(
        (id, i) =>
          `<fs:SortertVirkestoffMedStyrke>${text('fs:Sortering', i + 1)}${text('fs:RefVirkestoffMedStyrke', id)}</fs:SortertVirkestoffMedStyrke>`,
      )
      .join('') +
    texts('fs:RefLegemiddelMerkevare', s.productIds) +
    texts('fs:RefPakning', s.packageIds) +
    '</fs:LegemiddelVirkestoff>';
  return entry('OppfLegemiddelVirkestoff', s, body);
}

function refund(r: M30Refund): string {
  const groups = r.groups
    .map(
      (g) =>
        `<Refusjonsgruppe>${text('Id', g.id)}${cv('GruppeNr', g.groupNumber, 7451)}${cv('Atc', g.atc, 7180)}` +
        `${bool('KreverRefusjonskode', g.requiresRefundCode)}${text('RefusjonsberettighetBruk', g.eligibleUse)}` +
        texts('RefVilkar', g.refVilkar) +
        g.codes
          .map(
            (c) =>
              `<Refusjonskode><Refusjonskode V="${esc(c.code)}" S="${c.oid}" DN="${esc(c.text)}"/>` +
              `${text('Underterm', c.underterm)}${text('GyldigFraDato', c.validFrom)}${text('ForskrivesTilDato', c.prescribeUntil)}` +
              (c.conditions ?? [])
                .map(
                  (v) =>
                    `<Refusjonsvilkar>${text('RefVilkar', v.refVilkar)}${text('FraDato', v.from)}${text('TilDato', v.to)}</Refusjonsvilkar>`,
                )
                .join('') +
              '</Refusjonskode>',
          )
          .join('') +
        '</Refusjonsgruppe>',
    )
    .join('');
  const body =
    `<Refusjonshjemmel>${cv('Refusjonshjemmel', r.hjemmel, 7427)}${bool('KreverVarekobling', r.requiresProductLink)}` +
    `${bool('KreverVedtak', r.requiresDecision)}${groups}</Refusjonshjemmel>`;
  return entry('OppfRefusjon', r, body);
}

function condition(c: M30Condition): string {
  return entry(
    'OppfVilkar',
    c,
    `<Vilkar>${text('Id', c.id)}${text('VilkarNr', c.number)}${cv('Gruppe', c.group, 7437)}${cs('GjelderFor', c.appliesTo)}` +
      `${text('Tekst', c.text)}${text('GyldigFraDato', c.validFrom)}</Vilkar>`,
  );
}

function interaction(i: M30Interaction): string {
  const body =
    `<Interaksjon>${text('Id', i.id)}${cs('Relevans', i.relevance)}${text('Situasjonskriterium', i.situation)}` +
    `${text('KliniskKonsekvens', i.consequence)}${text('Interaksjonsmekanisme', i.mechanism)}` +
    `${cs('Kildegrunnlag', i.basis)}${text('Handtering', i.handling)}` +
    (i.showTo ?? []).map((v) => cv('Visningsregel', v, 7442)).join('') +
    (i.references ?? [])
      .map((r) => `<Referanse>${text('Kilde', r.source)}${r.url ? `<Lenke V="${esc(r.url)}"/>` : ''}</Referanse>`)
      .join('') +
    i.groups
      .map(
        (g) =>
          `<Substansgruppe>${text('Navn', g.name)}` +
          g.substances
            .map((s) => `<Substans>${text('Substans', s.name)}${cv('Atc', s.atc, 7180)}</Substans>`)
            .join('') +
          '</Substansgruppe>',
      )
      .join('') +
    '</Interaksjon>';
  return entry('OppfInteraksjon', i, body);
}

function notAssessed(n: M30NotAssessed): string {
  return entry('OppfInteraksjon', n, `<InteraksjonIkkeVurdert>${cv('Atc', n.atc, 7180)}</InteraksjonIkkeVurdert>`);
}

function* catalogue<T>(name: string, items: Iterable<T>, write: (item: T) => string): Generator<string> {
  yield `  <${name}>\n`;
  for (const item of items) yield write(item);
  yield `  </${name}>\n`;
}

/** The document as text chunks, one per entry: join them, or stream them to a file. */
export function* m30Chunks(doc: M30Document): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield comment(doc.header, '');
  yield `<FEST xmlns="${M30_NS}" xmlns:fs="${FS_NS}">\n  <HentetDato>${esc(doc.retrievedAt)}</HentetDato>\n`;
  // The order of FEST's sequence: merkevare, pakning, virkestoff, legemiddelvirkestoff, refusjon, vilkår, interaksjon.
  yield* catalogue('KatLegemiddelMerkevare', doc.products, product);
  yield* catalogue('KatLegemiddelpakning', doc.packages, pack);
  yield '  <KatVirkestoff>\n';
  for (const i of doc.ingredients) yield ingredient(i);
  for (const s of doc.strengths) yield strength(s);
  yield '  </KatVirkestoff>\n';
  yield* catalogue('KatLegemiddelVirkestoff', doc.substances, substance);
  yield* catalogue('KatRefusjon', doc.refunds, refund);
  yield* catalogue('KatVilkar', doc.conditions, condition);
  yield '  <KatInteraksjon>\n';
  for (const i of doc.interactions) yield interaction(i);
  for (const n of doc.notAssessed) yield notAssessed(n);
  yield '  </KatInteraksjon>\n';
  yield '</FEST>\n';
}

export function m30Text(doc: M30Document): string {
  return [...m30Chunks(doc)].join('');
}
