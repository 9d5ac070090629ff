/** The inbox measures; each is a file beside this one, listed here. */
import type { Measure } from '../measure';
import { inboxImportMeasure } from './inbox-import.measure';

export const INBOX_MEASURES: readonly Measure[] = [inboxImportMeasure];
