import { streetAddressPostnumre } from '../../../../shared/reference/postnummer';

export interface PostalCode {
  postalCode: string;
  /** Poststed in Bring's upper case, as it is written on a Norwegian address. */
  city: string;
  municipality: string;
}

let parsed: PostalCode[] | undefined;

/** Postnumre with street addresses, from the reference data the app ships; built once, on first use. */
export function postalCodes(): readonly PostalCode[] {
  parsed ??= streetAddressPostnumre().map((p) => ({
    postalCode: p.postnummer,
    city: p.poststed,
    municipality: p.kommunenummer,
  }));
  return parsed;
}
