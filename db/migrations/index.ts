/**
 * Every migration, registered statically: no directory scan, so the list is the same inside the asar.
 * Names sort in the order they run. Append only.
 */
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-foundation';

export const migrations: Readonly<Record<string, Migration>> = {
  '0001-foundation': m0001,
};
