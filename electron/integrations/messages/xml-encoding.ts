/**
 * Turns XML bytes into text by the encoding its declaration names. e-resept says UTF-8 everywhere (e.g. HIS
 * 3004:2018 §7.2), but older KITH messages and schemas are ISO-8859-1, and a receiver should not turn "ø" into
 * mojibake because a sender followed the older habit.
 */
import { MessageFormatError } from './message-errors';

const DECLARED_ENCODING = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return DECLARED_ENCODING.exec(head.replace(/^\uFEFF/, ''))?.[1]?.toLowerCase();
}

/** Decodes with the declared encoding (UTF-8 when none is declared, as XML 1.0 §4.3.3 says). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const encoding = declaredEncoding(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MessageFormatError(`Cannot decode the XML as ${encoding}: ${reason}`);
  }
}
