/** The referrals tables (migration 0009) as Kysely sees them; merged into Database in schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the tables arrive
export interface ReferralTables {}
