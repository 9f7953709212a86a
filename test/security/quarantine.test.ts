// The desk cannot fill the disk (issue 14, item 3). Before, every refused package was copied whole
// (up to 2 GB) into review/quarantine and kept forever, and touching the file on the desk made a
// new copy. Now one copy per content, one record per desk file, a size cap for all the copies
// (oldest out first), and a package over the size limit is refused by name and size, never copied.

import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeAll, desktop, rawZip, tempDir, type Desktop } from '../unit/review/helpers.ts';

let root: string;
let cleanup: () => Promise<void>;
let desk: string;
let editor: Desktop;

/** A zip that is no Dateline package (it holds one stray file): refused as soon as it is read. */
const strayZip = (size: number): Buffer => rawZip([{ name: 'notes.txt', data: randomBytes(size), method: 0 }]);

/** What the quarantine holds: each record's desk name and whether its folder keeps the package. */
async function quarantine(): Promise<{ name: string; size: number; sha256?: string; copy: boolean }[]> {
  const dir = join(editor.reviewDir, 'quarantine');
  const out = [];
  for (const q of (await readdir(dir).catch(() => [] as string[])).sort()) {
    const record = JSON.parse(await readFile(join(dir, q, 'refused.json'), 'utf8')) as {
      name: string;
      size: number;
      sha256?: string;
      refusedAt: string;
    };
    const copy = !!(await stat(join(dir, q, 'package.zip')).catch(() => null));
    out.push({ name: record.name, size: record.size, ...(record.sha256 ? { sha256: record.sha256 } : {}), copy });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

async function drop(name: string, bytes: Buffer): Promise<void> {
  await writeFile(join(desk, 'submissions', name), bytes);
}

async function start(limits: Record<string, number> = {}): Promise<void> {
  editor = await desktop(root, 'Nguyễn Thị Biên', desk, { roles: ['editor'], extra: { limits } });
}

beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir());
  desk = join(root, 'desk');
});
afterEach(async () => {
  await closeAll(editor);
  await cleanup();
});

describe('the quarantine', () => {
  it('keeps one record per desk file and one copy per content, however often the file is touched or copied', async () => {
    await start();
    const bytes = strayZip(50_000);
    await drop('a.zip', bytes);
    expect(await editor.service.refresh()).toMatchObject({ refused: 1 });
    const [first] = await quarantine();
    expect(first).toMatchObject({ name: 'a.zip', size: bytes.length, copy: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // Touched three times: read again each time (it might have changed), refused, no new copy.
    for (let i = 1; i <= 3; i++) {
      const when = new Date(Date.now() + i * 60_000);
      await utimes(join(desk, 'submissions', 'a.zip'), when, when);
      expect(await editor.service.refresh()).toMatchObject({ refused: 1 });
    }
    expect(await quarantine()).toEqual([first]);

    // The same bytes under two more names: three records, still one copy.
    await drop('b.zip', bytes);
    await drop('c.zip', bytes);
    expect(await editor.service.refresh()).toMatchObject({ refused: 2 });
    const all = await quarantine();
    expect(all.map((r) => r.name)).toEqual(['a.zip', 'b.zip', 'c.zip']);
    expect(all.every((r) => r.sha256 === first.sha256)).toBe(true);
    expect(all.filter((r) => r.copy)).toHaveLength(1);
    // Nothing is read again at the next scan.
    expect(await editor.service.refresh()).toMatchObject({ refused: 0 });
    expect((await editor.service.inbox()).refused.map((r) => r.name).sort()).toEqual(['a.zip', 'b.zip', 'c.zip']);
  });

  it('holds at most its cap: the oldest copies go first, their refusals stay recorded', async () => {
    const one = strayZip(40_000).length;
    await start({ maxQuarantineBytes: 3 * one + 100 });
    for (const name of ['1.zip', '2.zip', '3.zip', '4.zip', '5.zip']) {
      await drop(name, strayZip(40_000));
      expect(await editor.service.refresh()).toMatchObject({ refused: 1 });
    }
    const all = await quarantine();
    expect(all.map((r) => [r.name, r.copy])).toEqual([
      ['1.zip', false],
      ['2.zip', false],
      ['3.zip', true],
      ['4.zip', true],
      ['5.zip', true],
    ]);
    expect(all.every((r) => r.size === one && /^[0-9a-f]{64}$/.test(r.sha256 ?? ''))).toBe(true);
  });

  it('records a package larger than the whole quarantine by name, size and hash, without keeping it', async () => {
    await start({ maxQuarantineBytes: 10_000 });
    const bytes = strayZip(30_000);
    await drop('lon.zip', bytes);
    expect(await editor.service.refresh()).toMatchObject({ refused: 1 });
    expect(await quarantine()).toEqual([
      { name: 'lon.zip', size: bytes.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), copy: false },
    ]);
  });

  it('refuses a package over the size limit by name and size, never copying it', async () => {
    await start({ maxPackageBytes: 20_000 });
    const bytes = strayZip(60_000);
    await drop('qua-lon.zip', bytes);
    expect(await editor.service.refresh()).toMatchObject({ refused: 1 });
    expect(await quarantine()).toEqual([{ name: 'qua-lon.zip', size: bytes.length, copy: false }]);
    const refused = (await editor.service.inbox()).refused[0];
    expect(refused).toMatchObject({ reason: 'too-large', params: { entry: 'qua-lon.zip', size: bytes.length, max: 20_000 } });
  });
});
