/**
 * Zod's own messages (for checks we did not word ourselves, such as a malformed id) in Norwegian bokmål, so no
 * English reaches a person. Imported by the contract, which every layer loads before parsing anything.
 */
import { z } from 'zod';

z.config(z.locales.no());
