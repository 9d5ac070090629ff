/**
 * Folding for name search, following Norwegian alphabetisation: case is ignored, æ/ø/å stay letters of their own,
 * ä = æ, ö = ø, aa = å (Aasen is found by "åsen"), and other accents are dropped (André = Andre).
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/aa/g, 'å')
    .replace(/å/g, '\u0001')
    .replace(/ä/g, 'æ')
    .replace(/ö/g, 'ø')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0001/g, 'å')
    .normalize('NFC');
}
