/** The timebok measures; each is a file beside this one, listed here. */
import type { Measure } from '../measure';
import { timebokBookMeasure } from './timebok-book.measure';
import { timebokDayMeasure } from './timebok-day.measure';

export const TIMEBOK_MEASURES: readonly Measure[] = [timebokDayMeasure, timebokBookMeasure];
