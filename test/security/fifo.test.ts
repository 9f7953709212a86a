// A FIFO named like a draft (issue 14, item 5). Before, library.importPreview opened `x.txt` as it
// was named: opening a FIFO waits for a writer, so each call held one of libuv's four file threads
// forever, and after four of them every save hung. Now the import checks that it is a regular file
// before opening it (and opens without waiting), as keys.import and export.verify already did.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newArticle, sandboxCore, type Sandbox } from './helpers.ts';

let box: Sandbox;
const fifos: string[] = [];

beforeAll(async () => {
  // The CLI's Core: it trusts its user's paths, so the FIFO check is all that stands in the way.
  box = await sandboxCore();
  for (const name of ['x.txt', 'y.md', 'z.docx', 'w.html', 'k.dateline-key.json', 'p.zip']) {
    const path = join(box.dir, name);
    execFileSync('mkfifo', [path]);
    fifos.push(path);
  }
});

afterAll(async () => {
  // Whatever still waits on a FIFO (the code before the fix) is let go, so the run can end: opened
  // read-write by a shell (never blocks on Linux), since the file threads may all be stuck.
  for (const path of fifos) execFileSync('sh', ['-c', 'exec 3<>"$0"', path]);
  await box.close();
});

describe('a FIFO given where a file is expected', () => {
  it('is refused at once by every reader, and saves go on', async () => {
    const { save } = await newArticle(box.core);
    const [x, y, z, w, key, zip] = fifos;
    const calls = [
      box.core.dispatch('library.importPreview', { path: x }),
      box.core.dispatch('library.importPreview', { path: y }),
      box.core.dispatch('library.import', { path: z }),
      box.core.dispatch('library.importPreview', { path: w }),
      box.core.dispatch('keys.import', { path: key }),
      box.core.dispatch('export.verify', { path: zip }),
    ];
    // Saves while (and after) they are answered: none may wait on a stuck file thread.
    for (let i = 0; i < 3; i++) expect(await save(`Lần lưu ${i + 1}.`)).toMatchObject({ version: expect.any(Number) });
    const [a, b, c, d, e, f] = await Promise.all(calls);
    for (const r of [a, b, c, d])
      expect(r).toMatchObject({ ok: false, error: { code: 'IMPORT', message: expect.stringContaining('không phải là một tệp') } });
    expect(e).toMatchObject({ ok: false, error: { code: 'REVIEW' } });
    expect(f).toMatchObject({ ok: true, value: { ok: false, problems: [{ code: 'not-a-package' }] } });
  });
});
