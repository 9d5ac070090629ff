/**
 * Calendar dates as Norwegians write them. The API carries dates as `YYYY-MM-DD` (ARCHITECTURE.md, Data); people
 * read and type `dd.mm.åååå`.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '1985-12-24' -> '24.12.1985'; anything else is shown as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

function isoIfReal(day: number, month: number, year: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * What a person typed as a date, as `YYYY-MM-DD`: '24.12.1985', '24.12.85' is not accepted (the century is a
 * guess), '24121985', '1985-12-24'. Null for anything that is not a real calendar date.
 */
export function parseNorwegianDate(text: string): string | null {
  const value = text.trim();
  const iso = ISO_DATE.exec(value);
  if (iso) return isoIfReal(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const dotted = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (dotted) return isoIfReal(Number(dotted[1]), Number(dotted[2]), Number(dotted[3]));
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  if (compact) return isoIfReal(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}
