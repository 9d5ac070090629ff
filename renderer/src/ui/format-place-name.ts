/**
 * The reference tables spell kommune names in capitals, as the postal register does ('NORDRE FOLLO'). In running
 * text a kommune is written with capitals only where Norwegian puts them ('Nordre Follo', 'Aurskog-Høland').
 */
export function placeName(upper: string): string {
  return upper
    .toLowerCase()
    .split(' ')
    .map((word) => (word === 'og' || word === 'i' ? word : word.replace(/(^|-)(\p{L})/gu, (m) => m.toUpperCase())))
    .join(' ');
}
