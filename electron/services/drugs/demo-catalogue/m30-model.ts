/**
 * The part of an M30 FEST document Allmenn writes (the demo catalogue, and the large test catalogue): the same
 * catalogues the importer reads. Field names follow the XML elements (ER-M30-2014-12-01.xsd and
 * Forskrivning-2014-12-01.xsd); the writer puts them in the schema's order.
 */
export interface M30Code {
  code: string;
  name: string;
}

/** Enkeltoppføring FEST (spec 4.2.2): the entry's own id, when it was registered, A or U. */
export interface M30Entry {
  entryId: string;
  registeredAt: string;
  status?: 'A' | 'U';
  /** An XML comment written before the entry (the demo catalogue's sources). */
  comment?: string;
}

export interface M30Refusjon {
  groupIds: readonly string[];
  validFrom: string;
  prescribeUntil?: string;
  dispenseUntil?: string;
}

/** typeLegemiddel (spec 4.3.5.4). */
export interface M30Legemiddel {
  atc?: M30Code;
  nameFormStrength: string;
  reseptgruppe: string;
  form?: M30Code;
  refVilkar?: readonly string[];
  preparattype?: M30Code;
  refusjon?: readonly M30Refusjon[];
  blackTriangle?: boolean;
}

export interface M30Product extends M30Entry, M30Legemiddel {
  id: string;
  varenavn: string;
  formLong?: string;
  /** VirkestoffMedStyrke ids in order. */
  strengthIds: readonly string[];
  manufacturer?: string;
  referenceProduct?: string;
  validity?: readonly { sex?: M30Code; duration: string }[];
}

export interface M30Package extends M30Entry, M30Legemiddel {
  id: string;
  varenr: string;
  ean?: string;
  productId: string;
  packSize: string;
  packUnit: string;
  packType: M30Code;
  /** Antall beholdere and Mengde per beholder: Pakningsstr = Antall x Mengde (spec 4.3.5.8). */
  containers?: number;
  amount: number;
  deregisteredOn?: string;
}

export interface M30Ingredient extends M30Entry {
  id: string;
  name: string;
  nameEn?: string;
}

export interface M30Strength extends M30Entry {
  id: string;
  ingredientId: string;
  amount: number;
  unit: string;
  perAmount?: number;
  perUnit?: string;
  atcCombination?: M30Code;
}

export interface M30Substance extends M30Entry, M30Legemiddel {
  id: string;
  strengthIds: readonly string[];
  productIds: readonly string[];
  packageIds: readonly string[];
}

export interface M30RefundCode {
  code: string;
  /** The S attribute: 2.16.578.1.12.4.1.1.7170 (ICPC-2), ...7110 (ICD-10), ...7434, ...7435. */
  oid: string;
  text: string;
  underterm?: string;
  validFrom: string;
  prescribeUntil?: string;
  conditions?: readonly { refVilkar: string; from: string; to?: string }[];
}

export interface M30RefundGroup {
  id: string;
  groupNumber: M30Code;
  atc?: M30Code;
  requiresRefundCode: boolean;
  eligibleUse?: string;
  refVilkar?: readonly string[];
  codes: readonly M30RefundCode[];
}

export interface M30Refund extends M30Entry {
  hjemmel: M30Code;
  requiresProductLink: boolean;
  requiresDecision: boolean;
  groups: readonly M30RefundGroup[];
}

export interface M30Condition extends M30Entry {
  id: string;
  number?: string;
  group: M30Code;
  appliesTo: M30Code;
  text: string;
  validFrom?: string;
}

export interface M30Interaction extends M30Entry {
  id: string;
  relevance: M30Code;
  situation?: string;
  consequence: string;
  mechanism?: string;
  basis: M30Code;
  handling?: string;
  showTo?: readonly M30Code[];
  references?: readonly { source: string; url?: string }[];
  groups: readonly { name?: string; substances: readonly { name: string; atc?: M30Code }[] }[];
}

export interface M30NotAssessed extends M30Entry {
  atc: M30Code;
}

/** One FEST document. Iterables, so a large test catalogue is written without holding it in memory. */
export interface M30Document {
  retrievedAt: string;
  /** A comment at the top of the file. */
  header?: string;
  products: Iterable<M30Product>;
  packages: Iterable<M30Package>;
  ingredients: Iterable<M30Ingredient>;
  strengths: Iterable<M30Strength>;
  substances: Iterable<M30Substance>;
  refunds: Iterable<M30Refund>;
  conditions: Iterable<M30Condition>;
  interactions: Iterable<M30Interaction>;
  notAssessed: Iterable<M30NotAssessed>;
}
