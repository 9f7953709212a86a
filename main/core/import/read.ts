// Reading the draft file itself: its format from the extension (and a look at the first bytes,
// so an old .doc or a renamed file gets a sentence that says what to do), its size within the
// limit, and the OS errors a reporter can act on.

import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { IMPORT_EXTENSIONS, IMPORT_FORMATS, type ImportFormat } from '../../common/contract/import.ts';
import { DatelineError } from '../../common/result.ts';
import { errnoCode } from '../fs/errors.ts';
import { formatBytes, type ImportLimits } from './limits.ts';

export interface DraftFile {
  name: string;
  ext: string;
  format: ImportFormat;
  bytes: Uint8Array;
}

/** An IMPORT error with its reason and the file's name. */
export const importError = (reason: string, params: Record<string, string | number> = {}): DatelineError =>
  new DatelineError('IMPORT', { reason, ...params });

/** `.docx, .txt, .md, .html` for the message about unsupported files. */
export const supportedList = (): string => IMPORT_FORMATS.map((f) => IMPORT_EXTENSIONS[f][0]).join(', ');

/** The format a file name says, or null. */
export function formatOfName(name: string): ImportFormat | null {
  const ext = extname(name).toLowerCase();
  return IMPORT_FORMATS.find((f) => IMPORT_EXTENSIONS[f].includes(ext)) ?? null;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Reads a draft within the size limit; IMPORT errors for what the reporter can fix. */
export async function readDraftFile(path: string, limits: ImportLimits): Promise<DraftFile> {
  const name = basename(path).normalize('NFC');
  const ext = extname(name).toLowerCase();
  const format = formatOfName(name);
  if (!format) {
    // An old Word file is the common case: say how to turn it into one we read.
    if (ext === '.doc') throw importError('old-word', { name });
    throw importError('unsupported-format', { name, formats: supportedList() });
  }
  let bytes: Uint8Array;
  try {
    // A FIFO or a device named `x.txt` must not be opened at all: opening a FIFO waits for a writer
    // and would hold one of the file threads, and with it every save, forever. Checked before
    // opening, and opened without waiting (O_NONBLOCK) in case it was swapped since.
    if (!(await stat(path)).isFile()) throw importError('not-a-file', { name });
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const st = await handle.stat();
      if (!st.isFile()) throw importError('not-a-file', { name });
      if (st.size > limits.maxFileBytes) {
        throw importError('too-large', { name, size: formatBytes(st.size), limit: formatBytes(limits.maxFileBytes) });
      }
      // Read at most one byte past the limit: a file that grows while we read is still capped.
      const buf = new Uint8Array(Math.min(st.size, limits.maxFileBytes) + 1);
      let got = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buf, got, buf.length - got, got);
        if (bytesRead === 0) break;
        got += bytesRead;
        if (got === buf.length) break;
      }
      if (got > limits.maxFileBytes)
        throw importError('too-large', { name, size: formatBytes(got), limit: formatBytes(limits.maxFileBytes) });
      bytes = buf.subarray(0, got);
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof DatelineError) throw err;
    const code = errnoCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw importError('not-found', { name });
    if (code === 'EISDIR') throw importError('not-a-file', { name });
    if (code === 'EACCES' || code === 'EPERM') throw importError('no-access', { name });
    throw err;
  }
  if (bytes.length === 0) throw importError('empty', { name });
  if (format === 'docx' && startsWith(bytes, OLE2)) throw importError('old-word', { name });
  return { name, ext, format, bytes };
}
