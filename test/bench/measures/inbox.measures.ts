/** The inbox measures; each is a file beside this one, listed here. */
import type { Measure } from '../measure';

export const INBOX_MEASURES: readonly Measure[] = [];
