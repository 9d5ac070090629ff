/**
 * XSD validation of every message we send or receive, against the official schemas in ./xsd, with libxml2 compiled
 * to WebAssembly (no native addon: `npm ci` runs on Node 20, see ARCHITECTURE.md "Toolchain").
 * The whole set is compiled once per process (about 100 ms) through xsd/allmenn-schemas.xsd; a message then takes
 * well under a millisecond, which is what the simulated reseptformidler needs on its hot path.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorDetail, XmlDocument, XmlInputProvider, XsdValidator } from 'libxml2-wasm';
import { NS } from './namespaces';

export type ValidationResult = { valid: true } | { valid: false; errors: string[] };

export interface MessageValidator {
  /** Validates XML text (as received over HTTP and decoded, or as built); the text is taken as UTF-8. */
  validate(xml: string): ValidationResult;
  /** Validates raw bytes; the XML declaration decides the encoding (some senders still use ISO-8859-1). */
  validateBytes(xml: Uint8Array): ValidationResult;
}

export interface MessageValidatorOptions {
  /** Folder holding allmenn-schemas.xsd and skjema/. Defaults to defaultSchemaDir(). */
  schemaDir?: string;
}

export const WRAPPER_SCHEMA = 'allmenn-schemas.xsd';

/**
 * ./xsd/ beside the module that holds this code: this folder when run from source (tsx, vitest), and the bundle's
 * folder once built, because scripts/build-electron.ts copies the schemas to dist/electron/xsd/ beside main.mjs,
 * the simulator bundles and their chunks (inside app.asar when packaged, which Node's fs reads there). Every bundle
 * that holds this code is an ES module for that reason: in CommonJS output import.meta.url would be undefined.
 */
export function defaultSchemaDir(): string {
  return fileURLToPath(new URL('./xsd/', import.meta.url));
}

/** Short prefixes for the namespaces in libxml2's messages, so an error reads "m1:Utloper", not a URL. */
const PREFIXES: ReadonlyArray<readonly [string, string]> = Object.entries(NS).map(([prefix, uri]) => [
  `{${uri}}`,
  `${prefix}:`,
]);

function readable(detail: ErrorDetail): string {
  let message = detail.message.trim();
  for (const [uri, prefix] of PREFIXES) message = message.split(uri).join(prefix);
  return detail.line > 0 ? `line ${detail.line}: ${message}` : message;
}

function errorsOf(error: unknown): string[] {
  if (error instanceof Error && 'details' in error && Array.isArray(error.details)) {
    const details = error.details as ErrorDetail[];
    if (details.length > 0) return details.map(readable);
  }
  return [error instanceof Error ? error.message.trim() : String(error)];
}

/** Only files inside the schema folder may be opened while compiling: a schema or message cannot reach beyond it. */
function scopedProvider(base: XmlInputProvider, schemaDir: string): XmlInputProvider {
  const root = path.resolve(schemaDir) + path.sep;
  const inside = (filename: string): boolean => {
    const file = filename.startsWith('file:') ? fileURLToPath(filename) : filename;
    return path.resolve(file).startsWith(root);
  };
  return { ...base, match: (filename) => inside(filename) && base.match(filename) };
}

async function compile(schemaDir: string): Promise<MessageValidator> {
  // Loaded lazily, on first use: libxml2-wasm is an ES module whose top-level await instantiates its WebAssembly.
  // The bundles keep this a real import() of a chunk (esbuild code splitting, see scripts/build-electron.ts).
  const libxml2 = await import('libxml2-wasm');
  const { fsInputProviders } = await import('libxml2-wasm/lib/nodejs.mjs');
  libxml2.xmlRegisterInputProvider(scopedProvider(fsInputProviders, schemaDir));

  const wrapper = path.join(schemaDir, WRAPPER_SCHEMA);
  if (!existsSync(wrapper)) {
    throw new Error(`The message schemas are missing: ${wrapper} was not found (see scripts/build-electron.ts).`);
  }
  // Bytes, not text: MsgHead-v1_2.xsd and felleskomponent1.xsd are ISO-8859-1 and say so in their prolog.
  const schemaDoc = libxml2.XmlDocument.fromBuffer(readFileSync(wrapper), { url: wrapper });
  let validator: XsdValidator;
  try {
    validator = libxml2.XsdValidator.fromDoc(schemaDoc);
  } catch (error) {
    throw new Error(`The message schemas in ${schemaDir} do not compile:\n${errorsOf(error).join('\n')}`, {
      cause: error,
    });
  } finally {
    schemaDoc.dispose();
  }

  const check = (parse: () => XmlDocument): ValidationResult => {
    let doc: XmlDocument;
    try {
      doc = parse();
    } catch (error) {
      return { valid: false, errors: errorsOf(error).map((e) => `not well-formed XML: ${e}`) };
    }
    try {
      validator.validate(doc);
      return { valid: true };
    } catch (error) {
      return { valid: false, errors: errorsOf(error) };
    } finally {
      doc.dispose();
    }
  };

  return {
    // A JS string is already decoded: force UTF-8 so an encoding="ISO-8859-1" prolog cannot make libxml2 decode
    // the UTF-8 bytes a second time.
    validate: (xml) => check(() => libxml2.XmlDocument.fromString(xml, { encoding: 'utf-8' })),
    validateBytes: (xml) => check(() => libxml2.XmlDocument.fromBuffer(xml)),
  };
}

const validators = new Map<string, Promise<MessageValidator>>();

/**
 * The validator for a schema folder, compiled on first use and shared afterwards (a compiled schema set is
 * immutable, so sharing is safe). A failed compile is not cached, so a fixed installation can try again.
 */
export function createMessageValidator(options: MessageValidatorOptions = {}): Promise<MessageValidator> {
  const schemaDir = path.resolve(options.schemaDir ?? defaultSchemaDir());
  let pending = validators.get(schemaDir);
  if (!pending) {
    pending = compile(schemaDir);
    validators.set(schemaDir, pending);
    pending.catch(() => validators.delete(schemaDir));
  }
  return pending;
}
