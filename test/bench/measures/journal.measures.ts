import type { Measure } from '../measure';
import { journalSearchMeasure } from './journal-search.measure';
import { journalSignMeasure } from './journal-sign.measure';
import { journalTimelineMeasure } from './journal-timeline.measure';

/** The journal measures share one generated clinic (a million notes by default, `--notes N` to scale). */
export const JOURNAL_MEASURES: readonly Measure[] = [journalTimelineMeasure, journalSearchMeasure, journalSignMeasure];
