/**
 * A small flowing-text layout on top of pdf-lib, which only draws text where it is told: word wrapping, a cursor
 * that moves down the page, page breaks, and text reduced to what the standard fonts can encode.
 */
import { PageSizes, rgb, StandardFonts, type Color, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

export const A4 = { width: PageSizes.A4[0], height: PageSizes.A4[1] };
/** 2 cm margins, as on a printed letter; the footer sits in the bottom margin. */
export const MARGIN = 56.7;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;

export const INK = rgb(0.1, 0.1, 0.1);
export const MUTED = rgb(0.38, 0.38, 0.38);
export const ALERT = rgb(0.72, 0.09, 0.09);
export const RULE = rgb(0.75, 0.75, 0.75);

export type FontName = 'regular' | 'bold' | 'italic';

export interface TextStyle {
  font?: FontName;
  size?: number;
  color?: Color;
}

/**
 * Characters outside WinAnsi (the standard fonts' encoding) would make pdf-lib throw. Common ones get a readable
 * stand-in; anything else loses its accent if that helps, or becomes "?". æ, ø, å and the other Latin-1 letters
 * are in WinAnsi and pass unchanged.
 */
const STAND_INS: Record<string, string> = {
  '₀': '0',
  '₁': '1',
  '₂': '2',
  '₃': '3',
  '→': '->',
  '←': '<-',
  '≥': '>=',
  '≤': '<=',
  '−': '-',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': '    ',
};

export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

export async function embedStandardFonts(doc: PDFDocument): Promise<PdfFonts> {
  const [regular, bold, italic] = await Promise.all([
    doc.embedFont(StandardFonts.Helvetica),
    doc.embedFont(StandardFonts.HelveticaBold),
    doc.embedFont(StandardFonts.HelveticaOblique),
  ]);
  return { regular, bold, italic };
}

export class PageWriter {
  readonly pages: PDFPage[] = [];
  private page: PDFPage | undefined;
  private y = 0;
  private readonly encodable: Set<number>;
  /** Printed at the top of a page that continues a block (e.g. "20.11.2026 kl. 09.00 (fortsatt)"). */
  continuation: string | undefined;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
    /** Space kept free at the top of every page but the first (for a running header drawn afterwards). */
    private readonly topReserve = 0,
  ) {
    this.encodable = new Set(fonts.regular.getCharacterSet());
  }

  /** Text the standard fonts can draw. */
  clean(text: string): string {
    let out = '';
    for (const ch of text.normalize('NFC')) {
      const code = ch.codePointAt(0) ?? 0;
      if (this.encodable.has(code)) out += ch;
      else if (STAND_INS[ch] !== undefined) out += STAND_INS[ch];
      else {
        const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
        out += [...base].every((c) => this.encodable.has(c.codePointAt(0) ?? 0)) && base !== '' ? base : '?';
      }
    }
    return out;
  }

  width(text: string, style: TextStyle = {}): number {
    return this.fonts[style.font ?? 'regular'].widthOfTextAtSize(this.clean(text), style.size ?? 10);
  }

  newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    // The first page opens with the title block instead of the running header.
    this.y = A4.height - MARGIN - (this.pages.length > 1 ? this.topReserve : 0);
    if (this.continuation !== undefined) this.line(this.continuation, { size: 8.5, font: 'italic', color: MUTED });
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number): void {
    if (!this.page || this.y - height < MARGIN) this.newPage();
  }

  space(height: number): void {
    this.y -= height;
  }

  /** Wraps text to `width`, keeping the writer's line breaks; a word longer than a line is split. */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    const font = this.fonts[style.font ?? 'regular'];
    const size = style.size ?? 10;
    const space = font.widthOfTextAtSize(' ', size);
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/).map((p) => this.clean(p))) {
      // Word widths are summed rather than re-measuring the growing line: a long journal has a million words.
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(/ +/)) {
        const w = font.widthOfTextAtSize(word, size);
        if (line !== '' && lineWidth + space + w <= width) {
          line += ` ${word}`;
          lineWidth += space + w;
          continue;
        }
        if (line !== '') lines.push(line);
        line = word;
        lineWidth = w;
        while (lineWidth > width) {
          let cut = line.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
          lineWidth = font.widthOfTextAtSize(line, size);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  lineHeight(style: TextStyle = {}): number {
    return (style.size ?? 10) * 1.35;
  }

  /** Draws one already-fitting line at x (relative to the left margin) on the current baseline, no advance. */
  drawAt(x: number, text: string, style: TextStyle = {}): void {
    if (!this.page) this.newPage();
    const size = style.size ?? 10;
    this.page?.drawText(this.clean(text), {
      x: MARGIN + x,
      y: this.y - size,
      size,
      font: this.fonts[style.font ?? 'regular'],
      color: style.color ?? INK,
    });
  }

  /** A line of text, then the cursor moves below it. */
  line(text: string, style: TextStyle = {}, x = 0): void {
    this.ensure(this.lineHeight(style));
    this.drawAt(x, text, style);
    this.y -= this.lineHeight(style);
  }

  /** Flowing text from x to the right margin, breaking pages between lines. */
  paragraph(text: string, style: TextStyle = {}, x = 0): void {
    for (const l of this.wrap(text, CONTENT_WIDTH - x, style)) this.line(l, style, x);
  }

  /**
   * A label in a left column and wrapped text beside it (the layout of a printed journal: "Funn   Upåfallende …").
   * The label is drawn with the first line, so it never sits alone at the bottom of a page.
   */
  labelled(label: string, text: string, labelWidth: number, style: TextStyle = {}, labelStyle: TextStyle = {}): void {
    const lines = this.wrap(text, CONTENT_WIDTH - labelWidth, style);
    lines.forEach((l, i) => {
      this.ensure(this.lineHeight(style));
      if (i === 0) this.drawAt(0, label, { ...style, ...labelStyle });
      this.drawAt(labelWidth, l, style);
      this.y -= this.lineHeight(style);
    });
  }

  rule(color: Color = RULE, thickness = 0.6): void {
    this.ensure(6);
    this.y -= 3;
    this.page?.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4.width - MARGIN, y: this.y },
      thickness,
      color,
    });
    this.y -= 5;
  }

  /** Points left above the bottom margin on the current page. */
  remaining(): number {
    return this.page ? this.y - MARGIN : 0;
  }
}
