/** The referral measures; each is a file beside this one, listed here. */
import type { Measure } from '../measure';
import { referralComposeMeasure } from './referral-compose.measure';

export const REFERRAL_MEASURES: readonly Measure[] = [referralComposeMeasure];
