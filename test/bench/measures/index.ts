import type { Measure } from '../measure';
import { dbOpenMeasure } from './db-open.measure';
import { drugsSearchMeasure } from './drugs-search.measure';
import { importPatientsMeasure } from './import-patients.measure';
import { INBOX_MEASURES } from './inbox.measures';
import { JOURNAL_MEASURES } from './journal.measures';
import { patientsSearchMeasure } from './patients-search.measure';
import { prescriptionsIssueMeasure } from './prescriptions-issue.measure';
import { QUEUE_MEASURES } from './queue.measures';
import { REFERRAL_MEASURES } from './referral.measures';
import { rfDeliveryMeasure } from './rf-delivery.measure';
import { seedPatientsMeasure } from './seed-patients.measure';
import { TIMEBOK_MEASURES } from './timebok.measures';

/** Every measure `npm run bench` runs, in order. A new measure is a file in this folder plus one line here. */
export const MEASURES: readonly Measure[] = [
  dbOpenMeasure,
  seedPatientsMeasure,
  patientsSearchMeasure,
  importPatientsMeasure,
  drugsSearchMeasure,
  ...JOURNAL_MEASURES,
  rfDeliveryMeasure,
  prescriptionsIssueMeasure,
  ...REFERRAL_MEASURES,
  ...INBOX_MEASURES,
  ...TIMEBOK_MEASURES,
  ...QUEUE_MEASURES,
];
