/**
 * Every migration, registered statically: no directory scan, so the list is the same inside the asar.
 * Names sort in the order they run. Append only.
 */
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-patient-register';
import * as m0004 from './0004-journal';
import * as m0005 from './0005-drug-catalogue';
import * as m0006 from './0006-patient-search-keys';
import * as m0007 from './0007-outbox';
import * as m0008 from './0008-prescriptions';
import * as m0009 from './0009-referrals';
import * as m0010 from './0010-clinical-inbox';
import * as m0011 from './0011-timebok';
import * as m0012 from './0012-queue';
import * as m0013 from './0013-requests';

export const migrations: Readonly<Record<string, Migration>> = {
  '0001-foundation': m0001,
  '0002-patient-register': m0002,
  '0004-journal': m0004,
  '0005-drug-catalogue': m0005,
  '0006-patient-search-keys': m0006,
  '0007-outbox': m0007,
  '0008-prescriptions': m0008,
  '0009-referrals': m0009,
  '0010-clinical-inbox': m0010,
  '0011-timebok': m0011,
  '0012-queue': m0012,
  '0013-requests': m0013,
};
