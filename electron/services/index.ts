import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { createAuditService } from './audit/audit.service';
import { createAuthService } from './auth/auth.service';
import { createClinicService } from './clinic/clinic.service';
import { createCaveService } from './cave/cave.service';
import { createDrugSearchService } from './drugs/drug-search.service';
import { createFestImportService } from './drugs/fest-import.service';
import { createJournalExtractService } from './journal/journal-extract.service';
import { createJournalReadService } from './journal/journal-read.service';
import { createJournalService } from './journal/journal.service';
import { createSnippetsService } from './journal/snippets.service';
import { createGpListsService } from './lists/gp-lists.service';
import { createPatientImportService } from './patients/import/patient-import.service';
import { createPatientMergeService } from './patients/patient-merge.service';
import { createPatientRelationsService } from './patients/patient-relations.service';
import { createPatientsService } from './patients/patients.service';
import { createPrescriptionsService } from './prescriptions/prescriptions.service';
import { createInboxServices } from './inbox/index';
import { createQueueServices } from './queue/index';
import { createReferralServices } from './referrals/index';
import { createRequestsServices } from './requests/index';
import { createTimebokServices } from './timebok/index';
import { createUsersService } from './users/users.service';

/** Every service, wired to one database. Plain Node: runs in tests, the CLI and Electron's main alike. */
export function createServices(db: Kysely<Database>) {
  return {
    audit: createAuditService(db),
    auth: createAuthService(db),
    clinic: createClinicService(db),
    users: createUsersService(db),
    patients: createPatientsService(db),
    patientMerge: createPatientMergeService(db),
    patientImport: createPatientImportService(db),
    relations: createPatientRelationsService(db),
    cave: createCaveService(db),
    lists: createGpListsService(db),
    journal: createJournalService(db),
    journalRead: createJournalReadService(db),
    journalExtract: createJournalExtractService(db),
    snippets: createSnippetsService(db),
    drugs: createDrugSearchService(db),
    festImport: createFestImportService(db),
    prescriptions: createPrescriptionsService(db),
    referrals: createReferralServices(db),
    inbox: createInboxServices(db),
    timebok: createTimebokServices(db),
    queue: createQueueServices(db),
    requests: createRequestsServices(db),
  };
}
export type Services = ReturnType<typeof createServices>;
