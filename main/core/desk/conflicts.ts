// Sync engines keep the loser of two different changes to one file as a conflict copy. Syncthing
// names it `<base>.sync-conflict-<yyyymmdd>-<hhmmss>-<device>.<ext>`. Packages are immutable and
// uniquely named, so a copy means someone changed a package: an identical copy (the same bytes
// reached two ways) is ignored, a different one is reported.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat } from 'node:fs/promises';

const MARK = '.sync-conflict-';
const STAMP = /^\d{8}-\d{6}-[0-9A-Z]{7}(\.[0-9a-z]{1,10})?$/i;

/** The name of the file a conflict copy copies, or null when `name` is not a conflict copy. */
export function conflictOriginal(name: string): string | null {
  const at = name.lastIndexOf(MARK);
  if (at <= 0) return null;
  const m = STAMP.exec(name.slice(at + MARK.length));
  return m ? name.slice(0, at) + (m[1] ?? '') : null;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Compares conflict copies with their originals, remembering each answer by the two files' size
 * and time so a scan does not hash the same gigabytes again.
 */
export class ConflictJudge {
  private readonly answers = new Map<string, boolean>();

  /** Whether the copy holds the same bytes as the original (false when the original is gone). */
  async identical(original: string, copy: string): Promise<boolean> {
    const [a, b] = await Promise.all([lstat(original).catch(() => null), lstat(copy).catch(() => null)]);
    if (!a?.isFile() || !b?.isFile() || a.size !== b.size) return false;
    const key = `${original}|${a.size}|${a.mtimeMs}|${copy}|${b.mtimeMs}`;
    const known = this.answers.get(key);
    if (known !== undefined) return known;
    const same = (await sha256Of(original)) === (await sha256Of(copy));
    if (this.answers.size > 10_000) this.answers.clear();
    this.answers.set(key, same);
    return same;
  }
}
