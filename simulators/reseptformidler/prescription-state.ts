/**
 * How a stored prescription shows in an M9.6 (7408 Status resept, HIS 3004:2018 §6.2.2) and what a pharmacy may
 * still do with it. A prescription allows 1 + Reiterasjon dispensings (R0908 §4.2.4) until Utloper.
 */
import type { ReseptStatusCode } from '../../electron/integrations/messages/m96.types';
import type { ListDispensing } from '../../electron/integrations/messages/reseptliste.types';
import type { StoredDispensing } from './storage/dispensings.store';
import type { StoredPrescription } from './storage/prescriptions.store';

export function listStatus(prescription: StoredPrescription): ReseptStatusCode {
  if (prescription.state === 'tilbakekalt') return 'T';
  if (prescription.state === 'utløpt') return 'F';
  if (prescription.closed) return 'R';
  return 'E';
}

export function isDispensable(prescription: StoredPrescription): boolean {
  return listStatus(prescription) === 'E';
}

/** M9.6 Utlevering: dispensings summed per varenummer, with the latest one as "siste" (HIS 3004:2018 §6.2.3). */
export function summariseDispensings(dispensings: readonly StoredDispensing[]): ListDispensing[] {
  const byProduct = new Map<string, StoredDispensing[]>();
  for (const dispensing of dispensings) {
    const key = dispensing.varenr ?? `navn:${dispensing.navnFormStyrke}`;
    byProduct.set(key, [...(byProduct.get(key) ?? []), dispensing]);
  }
  return [...byProduct.values()].map((group) => {
    const last = group.reduce((a, b) => (b.dispensedAt >= a.dispensedAt ? b : a));
    const summary: ListDispensing = {
      navnFormStyrke: last.navnFormStyrke,
      packagesTotal: group.reduce((sum, d) => sum + d.packages, 0),
      packagesLast: last.packages,
      lastDispensedAt: last.dispensedAt,
    };
    if (last.varenr !== null) summary.varenr = last.varenr;
    if (last.packageSize !== null) summary.packageSize = { value: last.packageSize, unit: last.packageUnit ?? '' };
    return summary;
  });
}
