/**
 * Loads the demo catalogue into a clinic database (seed-demo). The text is built in memory from the demo tables
 * rather than read from fest-demo.xml, so a bundled main process needs no data file beside it; the two are the
 * same text (test/drugs/demo-catalogue.test.ts).
 */
import type { ServiceContext } from '../../context';
import type { FestImportResult, FestImportService } from '../fest-import.service';
import { festTextSource } from '../fest/fest-sources';
import { DEMO_FEST_FILE_NAME, demoFestXml } from './demo-fest';

export function importDemoCatalogue(service: FestImportService, ctx: ServiceContext): Promise<FestImportResult> {
  return service.importCatalogue(ctx, festTextSource(DEMO_FEST_FILE_NAME, demoFestXml()));
}
