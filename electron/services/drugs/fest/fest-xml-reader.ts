/**
 * Reads an M30 FEST file as a stream (the full extract from DMP is hundreds of megabytes): saxes parses the text
 * chunk by chunk, and only the entries of the catalogues we import are built, one small tree at a time, handed to
 * onEntry, and dropped. Catalogues we do not use (KatLegemiddeldose, KatHandelsvare, ...) are skipped unbuilt.
 * Structure (spec 4.2.1, ER-M30-2014-12-01.xsd): FEST > HentetDato, Kat* > Oppf* > the entry's content.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { FestElement } from './fest-element';
import { FestFormatError } from './fest-format-error';

/** Every M30 version lives under this namespace root; the date at its end is the version. */
export const M30_NAMESPACE_ROOT = 'http://www.kith.no/xmlstds/eresept/m30/';

export interface FestSource {
  /** File name, for the import record and messages. */
  name: string;
  /** Total size in bytes, for progress. */
  size: number;
  /** A file stream, or chunks already in memory. */
  chunks(): AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
}

export interface FestHeader {
  namespace: string;
  /** HentetDato as written in the file. */
  retrievedAt: string;
}

export interface FestReadHandlers {
  /** Local names of the catalogues whose entries are built, e.g. KatLegemiddelMerkevare. */
  catalogues: ReadonlySet<string>;
  onEntry(catalogue: string, entry: FestElement): void;
  /** Called after each chunk has been parsed: the place to write what onEntry collected (backpressure). */
  afterChunk(bytesRead: number): Promise<void>;
}

interface ReaderState {
  depth: number;
  namespace: string | null;
  retrievedAt: string | null;
  inRetrievedAt: boolean;
  catalogue: string | null;
  /** The entry being built, root first. */
  stack: FestElement[];
}

function attributesOf(tag: SaxesTagNS): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const attr of Object.values(tag.attributes)) {
    if (attr.prefix !== 'xmlns' && attr.name !== 'xmlns') attrs[attr.local] = attr.value;
  }
  return attrs;
}

export async function readFest(source: FestSource, handlers: FestReadHandlers): Promise<FestHeader> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const state: ReaderState = {
    depth: 0,
    namespace: null,
    retrievedAt: null,
    inRetrievedAt: false,
    catalogue: null,
    stack: [],
  };
  const fail = (message: string): never => {
    throw new FestFormatError(message, parser.line);
  };

  parser.on('error', (error) =>
    fail(`Filen er ikke gyldig XML: ${error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')}`),
  );
  parser.on('xmldecl', (decl) => {
    // The chunks are decoded as UTF-8 below; FEST is published in UTF-8 and says so.
    if (decl.encoding && decl.encoding.toLowerCase().replace('_', '-') !== 'utf-8') {
      fail(`Filen er kodet som ${decl.encoding}; FEST leveres i UTF-8`);
    }
  });
  parser.on('opentag', (tag) => {
    state.depth++;
    if (state.depth === 1) {
      if (tag.local !== 'FEST' || !tag.uri.startsWith(M30_NAMESPACE_ROOT)) {
        fail(`Filen er ikke en FEST-fil (M30): rotelementet er ${tag.name} i ${tag.uri || 'intet navnerom'}`);
      }
      state.namespace = tag.uri;
    } else if (state.depth === 2) {
      if (tag.local === 'HentetDato') state.inRetrievedAt = true;
      else if (tag.local.startsWith('Kat')) state.catalogue = tag.local;
    } else if (state.catalogue !== null && handlers.catalogues.has(state.catalogue)) {
      const element: FestElement = {
        name: tag.local,
        attrs: attributesOf(tag),
        children: [],
        text: '',
        line: parser.line,
      };
      state.stack.at(-1)?.children.push(element);
      state.stack.push(element);
    }
  });
  parser.on('text', (text) => {
    if (state.inRetrievedAt) state.retrievedAt = (state.retrievedAt ?? '') + text;
    const open = state.stack.at(-1);
    if (open) open.text += text;
  });
  parser.on('cdata', (text) => {
    const open = state.stack.at(-1);
    if (open) open.text += text;
  });
  parser.on('closetag', () => {
    if (state.depth === 2) {
      state.inRetrievedAt = false;
      state.catalogue = null;
    } else if (state.stack.length > 0) {
      const done = state.stack.pop();
      if (done && state.stack.length === 0 && state.catalogue !== null) handlers.onEntry(state.catalogue, done);
    }
    state.depth--;
  });

  // fatal: a byte sequence that is not UTF-8 stops the import instead of becoming U+FFFD in a drug name.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytesRead = 0;
  const decode = (chunk: Uint8Array | string, last: boolean): string => {
    try {
      return typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: !last });
    } catch {
      return fail('Filen inneholder bytes som ikke er gyldig UTF-8');
    }
  };
  for await (const chunk of source.chunks()) {
    bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    parser.write(decode(chunk, false));
    await handlers.afterChunk(bytesRead);
  }
  parser.write(decode(new Uint8Array(), true));
  parser.close();

  if (state.namespace === null) throw new FestFormatError('Filen er tom');
  const retrievedAt = state.retrievedAt?.trim();
  if (!retrievedAt) throw new FestFormatError('FEST mangler HentetDato');
  return { namespace: state.namespace, retrievedAt };
}
