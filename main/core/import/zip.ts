// Reading a .docx (a zip) without trusting it: the entry count and every size are checked
// against the limits before and while inflating, so a zip bomb posing as a draft is refused
// after a few bytes, not after filling the memory. Writing one back (in memory) lets mammoth
// read the parts we corrected.

import { Buffer } from 'node:buffer';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import yazl from 'yazl';
import type { ImportLimits } from './limits.ts';

/** Why a zip was refused: `limits` for a safety limit, `damaged` for anything unreadable. */
export class ZipProblem extends Error {
  constructor(
    readonly kind: 'limits' | 'damaged',
    detail: string,
  ) {
    super(detail);
  }
}

const open = (bytes: Buffer): Promise<ZipFile> =>
  new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err ? reject(new ZipProblem('damaged', err.message)) : resolve(zip),
    );
  });

function readEntry(zip: ZipFile, entry: Entry, budget: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(new ZipProblem('damaged', err.message));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // yauzl also checks the declared size; this stops a lying header at the first excess byte.
        if (size > budget) {
          stream.destroy();
          reject(new ZipProblem('limits', `${entry.fileName} inflates beyond ${budget} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (e: Error) => reject(e instanceof ZipProblem ? e : new ZipProblem('damaged', e.message)));
      stream.on('end', () => resolve(Buffer.concat(chunks, size)));
    });
  });
}

/**
 * The entries `wanted` accepts, by name, from a zip in memory. Refuses more entries than the
 * limit, any entry above its size limit, and a total above the total limit.
 */
export async function readZip(bytes: Uint8Array, limits: ImportLimits, wanted: (name: string) => boolean): Promise<Map<string, Buffer>> {
  const zip = await open(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    if (zip.entryCount > limits.maxZipEntries) throw new ZipProblem('limits', `${zip.entryCount} entries, at most ${limits.maxZipEntries}`);
    const out = new Map<string, Buffer>();
    let total = 0;
    await new Promise<void>((resolve, reject) => {
      const fail = (err: unknown): void => {
        reject(err instanceof ZipProblem ? err : new ZipProblem('damaged', err instanceof Error ? err.message : String(err)));
      };
      zip.on('error', fail);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        const name = entry.fileName;
        if (name.endsWith('/') || !wanted(name)) return zip.readEntry();
        // A duplicate name is a crafted archive: different readers would pick different copies.
        if (out.has(name)) return fail(new ZipProblem('damaged', `two entries named ${name}`));
        if (entry.uncompressedSize > limits.maxZipEntryBytes) {
          return fail(new ZipProblem('limits', `${name} is ${entry.uncompressedSize} bytes, at most ${limits.maxZipEntryBytes}`));
        }
        if (total + entry.uncompressedSize > limits.maxZipTotalBytes) {
          return fail(new ZipProblem('limits', `more than ${limits.maxZipTotalBytes} bytes uncompressed`));
        }
        readEntry(zip, entry, Math.min(limits.maxZipEntryBytes, limits.maxZipTotalBytes - total)).then((data) => {
          total += data.length;
          out.set(name, data);
          zip.readEntry();
        }, fail);
      });
      zip.readEntry();
    });
    return out;
  } finally {
    zip.close();
  }
}

/** A zip in memory holding these entries (deflated). */
export function writeZip(entries: Map<string, Buffer>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    // A fixed time keeps the bytes the same for the same input (easier to test and to debug).
    for (const [name, data] of entries) zip.addBuffer(data, name, { mtime: new Date(Date.UTC(2000, 0, 1)) });
    zip.end();
  });
}
