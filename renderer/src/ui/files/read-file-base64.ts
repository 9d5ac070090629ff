/**
 * A chosen file's bytes as base64, for a call that takes a file. The bytes are passed on untouched: no text
 * decoding here, because the service detects the encoding (UTF-8 or Windows-1252) itself.
 */
export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** Chunked, since spreading a whole file into String.fromCharCode would overflow the call stack. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // One char per byte (a "binary string", which is what btoa takes): a byte copy, not a decoding.
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
