/** The timebok measures; each is a file beside this one, listed here. */
import type { Measure } from '../measure';

export const TIMEBOK_MEASURES: readonly Measure[] = [];
