import { POSTAL_CODES_CSV } from './postal-codes.data';

export interface PostalCode {
  postalCode: string;
  /** Poststed in Bring's upper case, as it is written on a Norwegian address. */
  city: string;
  municipality: string;
}

let parsed: PostalCode[] | undefined;

/** Parsed once, on first use: seed-demo needs it, the app's normal start does not. */
export function postalCodes(): readonly PostalCode[] {
  parsed ??= POSTAL_CODES_CSV.split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const [postalCode = '', city = '', municipality = ''] = line.split(';');
      return { postalCode, city, municipality };
    });
  return parsed;
}
