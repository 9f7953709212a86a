// Zip files written the same way every time (the package's .zip and the re-packed .docx), and
// zip files read with the care owed to anything that arrives from another laptop.

import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';

export interface ZipInput {
  path: string;
  data: Uint8Array;
  /** Photos are already compressed: storing them saves time and changes nothing. */
  compress?: boolean;
}

/**
 * The DOS timestamp every entry gets: the given instant's UTC date at noon. yazl converts the Date
 * with local-time getters, so we build it from UTC fields in local time (same fields on every
 * machine); noon stays clear of daylight-saving gaps, which fall at night.
 */
export function fixedZipTime(iso: string): Date {
  const d = new Date(iso);
  const y = Number.isNaN(d.getTime()) ? 1980 : Math.min(2107, Math.max(1980, d.getUTCFullYear()));
  return Number.isNaN(d.getTime()) ? new Date(1980, 0, 1, 12) : new Date(y, d.getUTCMonth(), d.getUTCDate(), 12, 0, 0);
}

/** Zips entries in the order given, with one fixed timestamp and fixed modes: same input, same bytes. */
export function writeZip(entries: ZipInput[], mtime: Date): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    zip.addBuffer(Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength), e.path, {
      mtime,
      mode: 0o100644,
      compress: e.compress ?? true,
      // The extended timestamp field holds UTC seconds, which differ by time zone for the same local fields.
      forceDosTimestamp: true,
    });
  }
  zip.end();
  return collect(zip.outputStream as Readable);
}

function collect(stream: Readable, limit = Infinity): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        stream.destroy(new Error(`entry larger than ${limit} bytes`));
        return;
      }
      chunks.push(c);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Reads every entry of a small zip into memory (the .docx we just made), in order. */
export async function readZipBuffer(buf: Buffer): Promise<{ path: string; data: Buffer }[]> {
  const zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true });
  const out: { path: string; data: Buffer }[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      out.push({ path: entry.fileName, data: await collect(await zip.openReadStreamPromise(entry)) });
    }
  } finally {
    zip.close();
  }
  return out;
}

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Entries kept in memory (manifest, ninjs); others are only hashed. */
  keep: (path: string) => boolean;
  maxKeptBytes: number;
}

export type ZipScanEntry =
  | { path: string; kind: 'file'; bytes: number; sha256: string; data?: Buffer }
  | { path: string; kind: 'unsafe'; reason: string }
  /** Its bytes cannot be read back (a flipped byte in its compressed data, a cut file). */
  | { path: string; kind: 'damaged'; reason: string };

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/**
 * Every entry of a zip on disk with its size and SHA-256, read as a stream. Unsafe entries
 * (absolute, `..`, links, duplicates, encrypted) are reported, never extracted; the limits stop
 * zip bombs before their bytes are inflated.
 */
export async function scanZip(path: string, limits: ZipLimits): Promise<{ entries: ZipScanEntry[]; tooLarge: boolean }> {
  // decodeStrings: false so yauzl does not throw on a bad name: we report it instead.
  const zip = await yauzl.openPromise(path, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  const entries: ZipScanEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  try {
    if (zip.entryCount > limits.maxEntries) return { entries, tooLarge: true };
    for await (const entry of zip.eachEntry()) {
      const name = (entry.fileNameRaw ?? Buffer.from(String(entry.fileName))).toString('utf8');
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
      if (name.endsWith('/') && (mode === 0 || mode === S_IFDIR)) continue;
      const bad =
        yauzl.validateFileName(name) ??
        (seen.has(name) ? 'duplicate name' : null) ??
        (mode !== 0 && mode !== S_IFREG ? 'not a regular file' : null) ??
        ((entry.generalPurposeBitFlag & 1) !== 0 ? 'encrypted' : null);
      seen.add(name);
      if (bad) {
        entries.push({ path: name, kind: 'unsafe', reason: bad });
        continue;
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) return { entries, tooLarge: true };
      const hash = createHash('sha256');
      const keep = limits.keep(name) && entry.uncompressedSize <= limits.maxKeptBytes;
      const chunks: Buffer[] = [];
      let bytes = 0;
      try {
        const stream = await zip.openReadStreamPromise(entry);
        await new Promise<void>((resolve, reject) => {
          stream.on('data', (c: Buffer) => {
            bytes += c.length;
            hash.update(c);
            if (keep) chunks.push(c);
          });
          stream.on('error', reject);
          stream.on('end', resolve);
        });
      } catch (err) {
        // One damaged entry is named; the others, found by the central directory, are still read.
        entries.push({ path: name, kind: 'damaged', reason: err instanceof Error ? err.message : String(err) });
        continue;
      }
      entries.push({ path: name, kind: 'file', bytes, sha256: hash.digest('hex'), ...(keep ? { data: Buffer.concat(chunks) } : {}) });
    }
  } finally {
    zip.close();
  }
  return { entries, tooLarge: false };
}
