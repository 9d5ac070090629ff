/**
 * Who the simulated reseptformidler is in messages: the name, HER-id and organisasjonsnummer of Reseptformidleren
 * in the official e-resept example messages (e.g. the R0908 M9.6 and M6 examples). A message addressed to any
 * other HER-id is not for RF (HIS 80415 §3.3.4: E21).
 */
import type { Party } from '../../electron/integrations/messages/msghead.types';

export const RESEPTFORMIDLER: Party = {
  name: 'Reseptformidleren',
  herId: '80624',
  organisationNumber: '915933149',
};

export const RF_SOFTWARE = { name: 'Allmenn reseptformidler-simulator', version: '0.1.0' } as const;
