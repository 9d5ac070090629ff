/** Where a FEST file comes from: a file on disk (read in chunks, never whole) or text already in memory. */
import fs from 'node:fs';
import path from 'node:path';
import type { FestSource } from './fest-xml-reader';

/** 1 MiB reads: few enough awaits for a 500 MB file, small enough to keep memory flat. */
const CHUNK_BYTES = 1 << 20;

export function festFileSource(file: string): FestSource {
  const size = fs.statSync(file).size;
  return {
    name: path.basename(file),
    size,
    chunks: () => fs.createReadStream(file, { highWaterMark: CHUNK_BYTES }),
  };
}

export function festTextSource(name: string, xml: string): FestSource {
  const bytes = Buffer.from(xml, 'utf8');
  return {
    name,
    size: bytes.byteLength,
    *chunks() {
      for (let i = 0; i < bytes.byteLength; i += CHUNK_BYTES) yield bytes.subarray(i, i + CHUNK_BYTES);
    },
  };
}

/** A file the user picked in the app, sent as bytes. */
export function festBytesSource(name: string, bytes: Uint8Array): FestSource {
  return {
    name,
    size: bytes.byteLength,
    *chunks() {
      for (let i = 0; i < bytes.byteLength; i += CHUNK_BYTES) yield bytes.subarray(i, i + CHUNK_BYTES);
    },
  };
}
