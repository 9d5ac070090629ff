/** The patient-request and SMS tables (migration 0013) as Kysely sees them; merged into Database in schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the tables arrive
export interface RequestTables {}
