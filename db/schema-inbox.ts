/** The inbox tables (migration 0010) as Kysely sees them; merged into Database in schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the tables arrive
export interface ClinicalInboxTables {}
