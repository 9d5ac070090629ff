/**
 * Folding for name search, following Norwegian alphabetisation: case is ignored, æ/ø/å stay letters of their own,
 * ä = æ, ö = ø, aa = å (Aasen is found by "åsen"), and other accents are dropped (André = Andre).
 */
export function foldForSearch(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/aa/g, 'å')
      .replace(/ä/g, 'æ')
      .replace(/ö/g, 'ø')
      .normalize('NFD')
      // å decomposes to a + combining ring (U+030A): keep that mark, drop the other accents.
      .replace(/[\u0300-\u0309\u030b-\u036f]/g, '')
      .normalize('NFC')
  );
}
