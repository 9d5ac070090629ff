import data from './postnummer.json' with { type: 'json' };

export interface PostalPlace {
  postnummer: string;
  poststed: string;
  kommunenummer: string;
  kommunenavn: string;
}

const table = data as unknown as Record<string, [string, string, string, string]>;

/** Poststed and kommune for a Norwegian postnummer, or undefined for an unknown code. */
export function lookupPostnummer(code: string): PostalPlace | undefined {
  const row = table[code.trim()];
  if (!row) return undefined;
  return { postnummer: code.trim(), poststed: row[0], kommunenummer: row[1], kommunenavn: row[2] };
}

/** Postnumre that take street addresses (Bring's kategori G and B), in postnummer order. */
export function streetAddressPostnumre(): PostalPlace[] {
  return Object.entries(table)
    .filter(([, row]) => row[3] === 'G' || row[3] === 'B')
    .map(([postnummer, row]) => ({ postnummer, poststed: row[0], kommunenummer: row[1], kommunenavn: row[2] }))
    .sort((a, b) => a.postnummer.localeCompare(b.postnummer));
}
