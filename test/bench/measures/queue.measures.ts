/** The queue measures; each is a file beside this one, listed here. */
import type { Measure } from '../measure';
import { queueUpdateMeasure } from './queue-update.measure';

export const QUEUE_MEASURES: readonly Measure[] = [queueUpdateMeasure];
