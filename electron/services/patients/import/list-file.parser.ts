/**
 * Reads the list file exported from the national register: UTF-8 (with or without BOM) or Windows-1252, CRLF or
 * LF, `;` or `,` as delimiter (detected from the header), RFC 4180 quoting. Each record keeps the 1-based line it
 * starts on, so a person can find it in the file; a malformed record is reported, never stops the others.
 */
import { parse } from 'csv-parse/sync';

export interface ListFileRecord {
  line: number;
  fields: string[];
}

export interface ListFile {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ';' | ',';
  header: string[];
  records: ListFileRecord[];
  /** Lines the parser could not read as a record (e.g. an unclosed quote). */
  malformed: { line: number; message: string }[];
}

export function decodeListFile(bytes: Uint8Array): { text: string; encoding: ListFile['encoding'] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: Windows-1252 is what Excel on a Norwegian PC writes.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The delimiter that occurs more often in the header line, outside quotes. */
function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons >= commas ? ';' : ',';
}

/** Line breaks in a record's raw text; CRLF is one break (csv-parse's own line counter counts it as two in quotes). */
function lineBreaks(raw: string | undefined): number {
  return raw?.match(/\r\n|\r|\n/g)?.length ?? 0;
}

export function parseListFile(bytes: Uint8Array): ListFile {
  const { text, encoding } = decodeListFile(bytes);
  const delimiter = detectDelimiter(text);
  const all: ListFileRecord[] = [];
  const malformed: ListFile['malformed'] = [];
  let line = 1;
  parse(text, {
    delimiter,
    bom: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    // With raw: true csv-parse hands on_record { record, raw }; its types do not say so.
    on_record: (value: string[]) => {
      const { record, raw } = value as unknown as { record: string[]; raw: string };
      // An empty line parses as one empty field: skip it, but it still counts as a line.
      if (!(record.length === 1 && record[0]?.trim() === '')) all.push({ line, fields: record });
      line += lineBreaks(raw);
      return null;
    },
    on_skip: (_error, raw) => {
      malformed.push({ line, message: 'Linjen kunne ikke leses (feil bruk av anførselstegn)' });
      line += lineBreaks(raw);
      return undefined;
    },
  });
  const [head, ...records] = all;
  return { encoding, delimiter, header: head?.fields.map((h) => h.trim()) ?? [], records, malformed };
}
