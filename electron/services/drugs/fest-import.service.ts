/**
 * Imports the drug catalogue from an M30 FEST file (KITH-rapport 18/08 v2.5). A FEST extract is a full snapshot,
 * so the import replaces the catalogue: everything happens in one transaction, and a file that turns out to be
 * broken halfway leaves the previous catalogue exactly as it was. The file is streamed: rows are written every
 * few thousand, and memory holds one entry's tree plus the ids seen (to keep the newest of two versions).
 */
import type { Kysely } from 'kysely';
import {
  clearDrugCatalogue,
  countDrugCatalogue,
  deleteDrugEntity,
  emptyCatalogueRows,
  insertCatalogueImport,
  insertDrugCatalogueRows,
  linkIngredientsOfStrengths,
  productStrengthParts,
  setProductStrengths,
  type DrugCatalogueCounts,
  type DrugCatalogueRows,
  type DrugCatalogueTableName,
} from '../../../db/repositories/drug-catalogue.repository';
import type { DrugDatabase } from '../../../db/repositories/drug-db';
import { rebuildDrugNameIndex } from '../../../db/repositories/drug-search.repository';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { ServiceError } from '../service-error';
import { strengthsByProduct } from './drug-strength';
import type { FestElement } from './fest/fest-element';
import { FestFormatError } from './fest/fest-format-error';
import { mapIngredientEntry, mapPackageEntry, mapProductEntry, mapSubstanceEntry } from './fest/fest-medicine-mappers';
import { mapConditionEntry, mapInteractionEntry, mapRefundEntry } from './fest/fest-rule-mappers';
import { DEMO_ID_PREFIX, type FestEntryResult, type FestUnit } from './fest/fest-unit';
import { readFest, type FestSource } from './fest/fest-xml-reader';

/** The catalogues we import, by their element names in the M30 root (ER-M30-2014-12-01.xsd). */
const MAPPERS: Readonly<Record<string, (entry: FestElement) => FestEntryResult>> = {
  KatLegemiddelMerkevare: mapProductEntry,
  KatLegemiddelpakning: mapPackageEntry,
  KatVirkestoff: mapIngredientEntry,
  KatLegemiddelVirkestoff: mapSubstanceEntry,
  KatRefusjon: mapRefundEntry,
  KatVilkar: mapConditionEntry,
  KatInteraksjon: mapInteractionEntry,
};
const CATALOGUES: ReadonlySet<string> = new Set(Object.keys(MAPPERS));

/** Rows collected before they are written; a few MB at most. */
const FLUSH_ROWS = 5000;

/** Who may replace the catalogue: the administrator, from Administrasjon (the CLI acts as system). */
const IMPORTERS = ['administrator'] as const;

export type FestImportProgress = (bytesRead: number, totalBytes: number) => void;

export interface FestImportResult {
  importId: string;
  /** 'demo' when the file is Allmenn's demo catalogue (ids with the demo prefix), else 'fest'. */
  source: 'fest' | 'demo';
  fileName: string;
  fileBytes: number;
  retrievedAt: string;
  namespace: string;
  counts: DrugCatalogueCounts;
  /** Entries with status U (utgått) or without content; and older versions of an id given twice. */
  skipped: { withdrawn: number; olderVersions: number };
  durationMs: number;
}

function unitRowCount(rows: Partial<DrugCatalogueRows>): number {
  return Object.values(rows).reduce((n, list) => n + list.length, 0);
}

function addRows(target: DrugCatalogueRows, rows: Partial<DrugCatalogueRows>): void {
  for (const table of Object.keys(rows) as DrugCatalogueTableName[]) {
    const list = rows[table];
    if (list && list.length > 0) (target[table] as unknown[]).push(...list);
  }
}

export function createFestImportService(db: Kysely<DrugDatabase>) {
  return {
    /** Replaces the catalogue with the one in `source`; throws ServiceError FEST_INVALID for a file we cannot use. */
    async importCatalogue(
      ctx: ServiceContext,
      source: FestSource,
      options: { onProgress?: FestImportProgress } = {},
    ): Promise<FestImportResult> {
      requireRole(ctx, IMPORTERS);
      const started = performance.now();
      try {
        return await db.transaction().execute(async (trx) => {
          await clearDrugCatalogue(trx);
          let pending = emptyCatalogueRows();
          let pendingRows = 0;
          /** Units superseding a version that may already be written: applied after the next flush. */
          let newer: FestUnit[] = [];
          const seen = new Map<string, string>();
          const skipped = { withdrawn: 0, olderVersions: 0 };
          let demoUnits = 0;

          const flush = async (): Promise<void> => {
            await insertDrugCatalogueRows(trx, pending);
            pending = emptyCatalogueRows();
            pendingRows = 0;
            for (const unit of newer) {
              await deleteDrugEntity(trx, unit.kind, unit.id);
              const rows = emptyCatalogueRows();
              addRows(rows, unit.rows);
              await insertDrugCatalogueRows(trx, rows);
            }
            newer = [];
          };

          const header = await readFest(source, {
            catalogues: CATALOGUES,
            onEntry(catalogue, entry) {
              const mapped = MAPPERS[catalogue]?.(entry);
              if (!mapped || mapped.status === 'skipped') {
                skipped.withdrawn++;
                return;
              }
              for (const unit of mapped.units) {
                if (unit.id.startsWith(DEMO_ID_PREFIX)) demoUnits++;
                const key = `${unit.kind}:${unit.id}`;
                const before = seen.get(key);
                if (before === undefined) {
                  seen.set(key, unit.registeredAt);
                  addRows(pending, unit.rows);
                  pendingRows += unitRowCount(unit.rows);
                } else {
                  // Two versions of one id (spec 4.2.2): the newest registration wins.
                  skipped.olderVersions++;
                  if (unit.registeredAt > before) {
                    seen.set(key, unit.registeredAt);
                    newer.push(unit);
                  }
                }
              }
            },
            async afterChunk(bytesRead) {
              if (pendingRows >= FLUSH_ROWS || newer.length > 0) await flush();
              options.onProgress?.(bytesRead, source.size);
            },
          });
          await flush();

          await linkIngredientsOfStrengths(trx);
          await setProductStrengths(trx, strengthsByProduct(await productStrengthParts(trx)));
          await rebuildDrugNameIndex(trx);
          const counts = await countDrugCatalogue(trx);
          const importId = newId();
          const durationMs = Math.round(performance.now() - started);
          const result: FestImportResult = {
            importId,
            source: demoUnits > 0 ? 'demo' : 'fest',
            fileName: source.name,
            fileBytes: source.size,
            retrievedAt: header.retrievedAt,
            namespace: header.namespace,
            counts,
            skipped,
            durationMs,
          };
          await insertCatalogueImport(trx, {
            id: importId,
            source: result.source,
            file_name: source.name,
            file_bytes: source.size,
            fest_retrieved_at: header.retrievedAt,
            fest_namespace: header.namespace,
            products: counts.products,
            packages: counts.packages,
            substances: counts.substances,
            ingredients: counts.ingredients,
            refund_groups: counts.refundGroups,
            refund_codes: counts.refundCodes,
            conditions: counts.conditions,
            interactions: counts.interactions,
            skipped_entries: skipped.withdrawn + skipped.olderVersions,
            imported_at: ctx.now.toISOString(),
            imported_by: ctx.user.name,
            duration_ms: durationMs,
          });
          // In the import's own transaction: a catalogue is never replaced without the log saying who did it.
          await recordAudit(trx, ctx, {
            action: 'drugs.catalogue.import',
            entityType: 'drug_catalogue_import',
            entityId: importId,
            detail: { file: source.name, source: result.source, retrievedAt: header.retrievedAt, counts },
          });
          return result;
        });
      } catch (error) {
        if (error instanceof FestFormatError) {
          throw new ServiceError(
            'FEST_INVALID',
            `Legemiddelkatalogen i ${source.name} kunne ikke leses: ${error.message}. Katalogen er ikke endret.`,
          );
        }
        throw error;
      }
    },
  };
}
export type FestImportService = ReturnType<typeof createFestImportService>;
