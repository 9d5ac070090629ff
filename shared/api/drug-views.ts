/** What drugs.search returns: the catalogue from FEST as the prescribing screen needs it. */

export interface DrugAtcView {
  code: string;
  name: string | null;
}

/** A refusjonshjemmel in force for the drug today, e.g. code 200, text "§5-14 §2" (code list 7427). */
export interface DrugRefundView {
  hjemmelCode: string;
  hjemmel: string;
}

export interface DrugPackageView {
  id: string;
  varenr: string;
  /** "100 stk", "3x21 stk", "200 doser". */
  packSize: string | null;
  packType: string | null;
  /** The package's own group: a CF product has C and F packages. */
  reseptgruppe: string;
  refund: DrugRefundView[];
  /** Avregistrert: may still be sold for three months (spec 4.3.5.12). */
  deregisteredOn: string | null;
}

export interface DrugProductView {
  kind: 'product';
  id: string;
  name: string;
  nameFormStrength: string;
  form: string | null;
  strength: string | null;
  atc: DrugAtcView | null;
  /** A, B, C, CF or F (code list 7421). */
  reseptgruppe: string;
  preparattype: string | null;
  blackTriangle: boolean;
  /** From Allmenn's demo catalogue, not from FEST: the UI must say so. */
  isDemo: boolean;
  /** Hjemler in force for the product or any of its packages. */
  refund: DrugRefundView[];
  packages: DrugPackageView[];
}

/** A substance group for virkestoffordinering (LegemiddelVirkestoff). */
export interface DrugSubstanceView {
  kind: 'substance';
  id: string;
  nameFormStrength: string;
  form: string | null;
  atc: DrugAtcView | null;
  reseptgruppe: string;
  isDemo: boolean;
  productCount: number;
  refund: DrugRefundView[];
}

/** drugs.catalogue: the catalogue in use; a demo catalogue must be shown as such. */
export interface DrugCatalogueInfo {
  source: 'fest' | 'demo';
  /** FEST's HentetDato. */
  retrievedAt: string;
  importedAt: string;
  products: number;
  packages: number;
}

export interface DrugSearchResult {
  /** How the query was read. */
  matchedBy: 'name' | 'atc' | 'varenr' | 'none';
  products: DrugProductView[];
  substances: DrugSubstanceView[];
}

/** drugs.importFest: what an import of a FEST file (M30) did; the old catalogue is replaced in one transaction. */
export interface DrugCatalogueImportView {
  source: 'fest' | 'demo';
  fileName: string;
  fileBytes: number;
  /** FEST's HentetDato. */
  retrievedAt: string;
  counts: {
    products: number;
    packages: number;
    substances: number;
    ingredients: number;
    refundGroups: number;
    refundCodes: number;
    conditions: number;
    interactions: number;
  };
  skipped: { withdrawn: number; olderVersions: number };
  durationMs: number;
}
