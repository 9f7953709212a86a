// How a file arriving in a folder desk is taken in (issue 16 bench goal): a file whose content
// proves it whole is taken the moment the watcher reports it, without the wait for its size to
// settle; a copy that grows in place is neither taken nor refused while it grows, and is taken
// once when whole; a truncated file that never completes is refused after the wait, as before.
// Times are never asserted: the desk's stability wait is set far beyond the test's timeout where
// a test must not depend on it, and the watcher's reports (fresh, settled) are recorded.

import { copyFile, open, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endsWhole } from '../../../main/core/desk/files.ts';
import type { Arrival, Desk } from '../../../main/core/review/desk.ts';
import { FolderDesk } from '../../../main/core/review/folder-desk.ts';
import { closeAll, desktop, introduce, tempDir, writeArticle, type Desktop } from '../review/helpers.ts';

/** Longer than any test here runs: a settled report never comes during the test. */
const NEVER_MS = 120_000;
const WAIT = { timeout: 10_000, interval: 25 };

let root: string;
let cleanup: () => Promise<void>;
let open_: Desktop[] = [];

beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-arrival-'));
  open_ = [];
});
afterEach(async () => {
  await closeAll(...open_);
  await cleanup();
});

interface Report {
  path: string;
  arrival: Arrival | undefined;
}

/**
 * A reporter watching her desk folder (stability wait `stabilityMs`), an editor working on another
 * folder; the reporter has submitted and the editor has approved. Resolves to the decision's bytes
 * and name (to be copied into the reporter's desk by the test) and the watcher's reports.
 */
async function approvedElsewhere(
  stabilityMs: number,
  extra: { incompleteAfterMs?: number } = {},
  /** Hears only a file's first fresh report, as when chokidar's 5 ms throttle drops the rest. */
  { firstFreshOnly = false } = {},
) {
  const deskR = join(root, 'desk-reporter');
  const deskE = join(root, 'desk-editor');
  const reports: Report[] = [];
  const recording = (p: string): Desk => {
    const desk = new FolderDesk(p, { stabilityMs });
    const watch = desk.watch.bind(desk);
    desk.watch = (onChange) =>
      watch((reported, arrival) => {
        const paths = reported.filter(
          (path) => !(firstFreshOnly && arrival === 'fresh' && reports.some((r) => r.path === path && r.arrival === 'fresh')),
        );
        if (reported.length && !paths.length) return;
        for (const path of paths) reports.push({ path, arrival });
        onChange(paths, arrival);
      });
    return desk;
  };
  const reporter = await desktop(root, 'Trần Trung Hậu', deskR, {
    roles: ['reporter'],
    watch: true,
    extra: { openDesk: recording, ...extra },
  });
  const editor = await desktop(root, 'Nguyễn Thị Biên', deskE, { roles: ['editor'] });
  open_.push(reporter, editor);
  await introduce(reporter, editor, ['reporter']);
  await introduce(editor, reporter, ['editor']);
  const article = await writeArticle(reporter, 1, 5_000);
  const sent = (await reporter.service.submit(article.id)).submission;
  for (const name of await readdir(join(deskR, 'submissions')))
    await copyFile(join(deskR, 'submissions', name), join(deskE, 'submissions', name));
  expect(await editor.service.refresh()).toMatchObject({ accepted: 1 });
  await editor.service.approve(article.id, sent.packageId);
  const [name] = await readdir(join(deskE, 'decisions'));
  const bytes = await readFile(join(deskE, 'decisions', name));
  const target = join(deskR, 'decisions', name);
  let statusEvents = 0;
  reporter.service.onChange((e) => {
    if (e.type === 'status' && e.articleId === article.id) statusEvents++;
  });
  const status = async () => (await reporter.service.status(article.id)).status;
  expect(await status()).toBe('submitted');
  return { reporter, name, bytes, target, reports, status, statusEvents: () => statusEvents };
}

/**
 * Writes the decision in place out of order, as a copy tool writing blocks in parallel may: its
 * second half (the zip's directory, without the entries), then, once the reporter lists it as
 * arriving and has not refused it, its first half. The size does not change between the two.
 */
async function writeEndBeforeBeginning(s: Awaited<ReturnType<typeof approvedElsewhere>>): Promise<void> {
  const half = Math.floor(s.bytes.length / 2);
  const file = await open(s.target, 'w');
  try {
    await file.write(s.bytes, half, s.bytes.length - half, half);
    await vi.waitFor(
      async () => expect((await s.reporter.service.inbox()).incomplete).toEqual([expect.objectContaining({ name: s.name })]),
      WAIT,
    );
    expect((await s.reporter.service.inbox()).refused).toEqual([]);
    await file.write(s.bytes, 0, half, 0);
  } finally {
    await file.close();
  }
}

const reportsOf = (reports: Report[], path: string) => reports.filter((r) => r.path === path);

describe('a folder desk taking a file in', () => {
  it('takes a whole decision the moment it is renamed into place, without waiting for its size to settle', async () => {
    const s = await approvedElsewhere(NEVER_MS);
    // As our own writes and Syncthing do: a dot-named temporary file renamed when whole.
    const tmp = join(s.target, '..', `.${s.name}.part`);
    await writeFile(tmp, s.bytes);
    await rename(tmp, s.target);
    await vi.waitFor(async () => expect(await s.status()).toBe('approved'), WAIT);
    // Taken on the fresh report: the settled one (two minutes away) has not come.
    expect(reportsOf(s.reports, s.target).map((r) => r.arrival)).toEqual(expect.arrayContaining(['fresh']));
    expect(reportsOf(s.reports, s.target).some((r) => r.arrival !== 'fresh')).toBe(false);
    expect((await s.reporter.service.inbox()).refused).toEqual([]);
  });

  it('takes a whole decision written in place in one go at once too: its content proves it whole', async () => {
    const s = await approvedElsewhere(NEVER_MS);
    await writeFile(s.target, s.bytes);
    await vi.waitFor(async () => expect(await s.status()).toBe('approved'), WAIT);
    expect(reportsOf(s.reports, s.target).some((r) => r.arrival !== 'fresh')).toBe(false);
  });

  it('neither takes nor refuses a decision copied in place in several writes until it is whole, then takes it once', async () => {
    const s = await approvedElsewhere(400);
    const half = Math.floor(s.bytes.length / 2);
    const file = await open(s.target, 'w');
    try {
      await file.write(s.bytes, 0, half, 0);
      // The reporter has read the half file: it is listed as arriving, not refused, not taken.
      await vi.waitFor(
        async () => expect((await s.reporter.service.inbox()).incomplete).toEqual([expect.objectContaining({ name: s.name })]),
        WAIT,
      );
      expect((await s.reporter.service.inbox()).refused).toEqual([]);
      expect(await s.status()).toBe('submitted');
      await file.write(s.bytes, half, s.bytes.length - half, half);
    } finally {
      await file.close();
    }
    await vi.waitFor(async () => expect(await s.status()).toBe('approved'), WAIT);
    // Its settled report comes after the wait and finds it taken: still one intake, no refusal.
    const reportsSoFar = reportsOf(s.reports, s.target).length;
    await vi.waitFor(
      () =>
        expect(
          reportsOf(s.reports, s.target)
            .slice(reportsSoFar)
            .some((r) => r.arrival !== 'fresh'),
        ).toBe(true),
      WAIT,
    );
    const inbox = await vi.waitFor(async () => {
      const i = await s.reporter.service.inbox();
      expect(i.incomplete).toEqual([]);
      return i;
    }, WAIT);
    expect(inbox.refused).toEqual([]);
    expect(s.statusEvents()).toBe(1);
  });

  it('does not refuse a copy whose end was written before its beginning while it may still be growing', async () => {
    // Out of order (a copy tool writing blocks in parallel): the zip's directory is there, the
    // entries are not, so reading it now fails as a bad package would.
    const s = await approvedElsewhere(NEVER_MS);
    await writeEndBeforeBeginning(s);
    await vi.waitFor(async () => expect(await s.status()).toBe('approved'), WAIT);
    expect((await s.reporter.service.inbox()).refused).toEqual([]);
  });

  it('takes a copy whose last write the watcher did not report, without waiting for the settled report', async () => {
    // Two writes the same size apart: only the first is reported (chokidar lets one event per file
    // through in 5 ms and sends none after), and the settled report is two minutes away.
    const s = await approvedElsewhere(NEVER_MS, {}, { firstFreshOnly: true });
    await writeEndBeforeBeginning(s);
    await vi.waitFor(async () => expect(await s.status()).toBe('approved'), WAIT);
    expect(reportsOf(s.reports, s.target).map((r) => r.arrival)).toEqual(['fresh']);
    expect((await s.reporter.service.inbox()).refused).toEqual([]);
  });

  it('refuses a truncated decision that never completes as not a Dateline package, after the wait, as before', async () => {
    const s = await approvedElsewhere(300, { incompleteAfterMs: 0 });
    await writeFile(s.target, s.bytes.subarray(0, Math.floor(s.bytes.length / 2)));
    const inbox = await vi.waitFor(async () => {
      const i = await s.reporter.service.inbox();
      expect(i.refused).toHaveLength(1);
      return i;
    }, WAIT);
    expect(inbox.refused[0]).toMatchObject({
      name: s.name,
      kind: 'decision',
      reason: 'not-a-zip',
      message: `File “${s.name}” is not a Dateline package.`,
    });
    // Judged on the report that came after the wait, not on the fresh one.
    expect(reportsOf(s.reports, s.target).some((r) => r.arrival !== 'fresh')).toBe(true);
    expect(await s.status()).toBe('submitted');
  });
});

describe('endsWhole, the look before copying a file that may still be growing', () => {
  it('sees a zip end record or a closing brace, and nothing in a file cut short', async () => {
    const at = (name: string, bytes: Buffer | string) => writeFile(join(root, name), bytes).then(() => join(root, name));
    // The smallest zip: its end record alone; then a copy cut one byte short of it.
    const empty = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
    expect(await endsWhole(await at('a.zip', empty), 'decision')).toBe(true);
    expect(await endsWhole(await at('b.zip', empty.subarray(0, 21)), 'decision')).toBe(false);
    // A long copy in progress: the end record is written last.
    expect(await endsWhole(await at('c.zip', Buffer.alloc(200_000, 7)), 'submission')).toBe(false);
    expect(await endsWhole(await at('d.zip', Buffer.concat([Buffer.alloc(200_000, 7), empty])), 'submission')).toBe(true);
    expect(await endsWhole(await at('r.json', '{"format":"dateline.receipt"}\n'), 'receipt')).toBe(true);
    expect(await endsWhole(await at('s.json', '{"format":"dateline.rec'), 'receipt')).toBe(false);
    expect(await endsWhole(join(root, 'gone.zip'), 'decision')).toBe(false);
  });
});
