/**
 * drugs.search: find a drug by name prefix, substance, ATC code or varenummer in the imported FEST catalogue, with
 * its packages, reseptgruppe, ATC and the refusjonshjemler in force today. For doctors (the prescribing screen);
 * the catalogue is public reference data, so a search is not audited.
 */
import type { Kysely } from 'kysely';
import { latestCatalogueImport } from '../../../db/repositories/drug-catalogue.repository';
import type { DrugDatabase } from '../../../db/repositories/drug-db';
import {
  packagesOfProducts,
  productCountsOfSubstances,
  productIdsByAtc,
  productIdsByVarenr,
  productsByIds,
  refundsInForce,
  searchDrugNames,
  substanceIdsByAtc,
  substancesByIds,
} from '../../../db/repositories/drug-search.repository';
import type { DrugCatalogueInfo, DrugPackageView, DrugSearchResult } from '../../../shared/api/drug-views';
import { osloDate } from '../../../shared/rules/dates';
import type { DrugSearchInput } from '../../../shared/schemas/drugs.schema';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { parseDrugQuery, type DrugQuery } from './drug-query';
import { packageView, productView, refundsByOwner, sortPackages, substanceView } from './drug-view';

const DEFAULT_LIMIT = 25;
const SUBSTANCE_LIMIT = 10;

/** Keeps `ids` order for rows fetched by id. */
function inOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function createDrugSearchService(db: Kysely<DrugDatabase>) {
  async function hits(query: DrugQuery, limit: number): Promise<{ products: string[]; substances: string[] }> {
    switch (query.kind) {
      case 'atc':
        return {
          products: await productIdsByAtc(db, query.code, limit),
          substances: await substanceIdsByAtc(db, query.code, SUBSTANCE_LIMIT),
        };
      case 'varenr':
        return { products: await productIdsByVarenr(db, query.digits, limit), substances: [] };
      case 'name':
        return {
          products: await searchDrugNames(db, query.words, 'product', limit),
          substances: await searchDrugNames(db, query.words, 'substance', SUBSTANCE_LIMIT),
        };
      case 'none':
        return { products: [], substances: [] };
    }
  }

  return {
    async search(ctx: ServiceContext, input: DrugSearchInput): Promise<DrugSearchResult> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      const query = parseDrugQuery(input.query);
      const found = await hits(query, input.limit ?? DEFAULT_LIMIT);
      const products = inOrder(found.products, await productsByIds(db, found.products));
      const substances = inOrder(found.substances, await substancesByIds(db, found.substances));
      const packages = sortPackages(await packagesOfProducts(db, found.products));
      const refunds = refundsByOwner(
        await refundsInForce(
          db,
          { package: packages.map((p) => p.id), product: found.products, substance: found.substances },
          osloDate(ctx.now),
        ),
      );
      const counts = await productCountsOfSubstances(db, found.substances);

      const packagesOf = new Map<string, DrugPackageView[]>();
      for (const row of packages) {
        const productId = row.product_id ?? '';
        const list = packagesOf.get(productId) ?? [];
        list.push(packageView(row, refunds.get(`package:${row.id}`) ?? []));
        packagesOf.set(productId, list);
      }
      return {
        matchedBy: query.kind,
        products: products.map((p) => productView(p, packagesOf.get(p.id) ?? [], refunds.get(`product:${p.id}`) ?? [])),
        substances: substances.map((s) =>
          substanceView(s, counts.get(s.id) ?? 0, refunds.get(`substance:${s.id}`) ?? []),
        ),
      };
    },

    /** Which catalogue the search reads (FEST or the demo), for the prescribing screen's header. */
    async catalogue(ctx: ServiceContext): Promise<DrugCatalogueInfo | null> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      const latest = await latestCatalogueImport(db);
      return latest
        ? {
            source: latest.source === 'demo' ? 'demo' : 'fest',
            retrievedAt: latest.fest_retrieved_at,
            importedAt: latest.imported_at,
            products: latest.products,
            packages: latest.packages,
          }
        : null;
    },
  };
}
export type DrugSearchService = ReturnType<typeof createDrugSearchService>;
