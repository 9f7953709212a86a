// Every kind of bad package the desk may bring, refused with its reason, and nothing written
// outside one fresh quarantine folder: no article, no state, no extracted file.

import { copyFile, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { newReviewId } from '../../../main/common/review/ids.ts';
import { contentHashOf, sha256Hex } from '../../../main/core/review/hash.ts';
import { SIGNING_CONTEXT, signWith } from '../../../main/core/review/keys.ts';
import { PACKAGE_FORMAT, type Manifest } from '../../../main/core/review/manifest.ts';
import type { Signer } from '../../../main/core/review/profile.ts';
import { writePackage } from '../../../main/core/review/writer.ts';
import type { Article } from '../../../main/common/article/model.ts';
import {
  closeAll,
  desktop,
  introduce,
  rawZip,
  snapshot,
  tempDir,
  writeArticle,
  zipEntries,
  type Desktop,
  type RawEntry,
} from './helpers.ts';

let root: string;
let cleanup: () => Promise<void>;
let desk: string;
let reporter: Desktop;
let editor: Desktop;
let stranger: Desktop;
let untrusted: Desktop;
let reporter2: Desktop;
let article: Article;
let goodZip: string;
let counter = 0;

const entryData = (name: string, data: string | Buffer): RawEntry => ({ name, data: Buffer.isBuffer(data) ? data : Buffer.from(data) });

/** A package with any entries, its manifest listing `files` and signed by `signer`. */
function signedZip(
  signer: Signer,
  files: { path: string; data: Buffer }[],
  patch: (m: Manifest) => unknown = (m) => m,
  extra: RawEntry[] = [],
): Buffer {
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: 1,
    kind: 'submission',
    packageId: newReviewId('s'),
    createdAt: new Date().toISOString(),
    signer: { keyId: signer.person.keyId, name: signer.person.name, publicKey: signer.publicKey },
    article: { id: article.id, version: article.version, headline: 'x', contentHash: contentHashOf(article), contentHashVersion: 1 },
    files: files.map((f) => ({ path: f.path, size: f.data.length, sha256: sha256Hex(f.data) })),
  };
  const bytes = Buffer.from(JSON.stringify(patch(manifest)));
  const sig = JSON.stringify({
    algorithm: 'Ed25519',
    keyId: signer.person.keyId,
    signature: signWith(signer.privateKey, SIGNING_CONTEXT.package, bytes),
  });
  return rawZip([
    ...files.map((f) => entryData(f.path, f.data)),
    ...extra,
    entryData('manifest.json', bytes),
    entryData('manifest.sig', sig),
  ]);
}

/**
 * Drops `bytes` into the desk and lets `who` read it; checks the refusal's reason and that the
 * only new files on that laptop are one quarantine folder's package.zip and refused.json.
 */
async function expectRefused(who: Desktop, kind: 'submission' | 'decision', bytes: Buffer, reasons: string | string[]): Promise<string> {
  const name = `${article.id}__${kind[0]}-${(Date.now() + counter++).toString(36)}-evil${counter}.zip`;
  // Take in whatever legitimate package is already waiting, so only the bad one is new.
  await who.service.refresh();
  const before = await snapshot(who.libraryDir, ['review/quarantine']);
  const quarantinesBefore = await readdir(join(who.reviewDir, 'quarantine')).catch(() => [] as string[]);
  await writeFile(join(desk, `${kind}s`, name), bytes);
  const report = await who.service.refresh();
  expect(report.refused).toBe(1);
  const refused = (await who.service.inbox()).refused.find((r) => r.name === name);
  expect(refused, `refusal of ${name}`).toBeDefined();
  expect([reasons].flat()).toContain(refused?.reason);
  expect(refused?.message.length).toBeGreaterThan(20);
  expect(refused?.message).not.toMatch(/errors\./);
  // Nothing written outside a fresh quarantine folder…
  expect(await snapshot(who.libraryDir, ['review/quarantine'])).toEqual(before);
  const quarantines = (await readdir(join(who.reviewDir, 'quarantine'))).filter((q) => !quarantinesBefore.includes(q));
  expect(quarantines).toHaveLength(1);
  // …and in it, only the package as it came and why it was refused.
  expect((await readdir(join(who.reviewDir, 'quarantine', quarantines[0]))).sort()).toEqual(['package.zip', 'refused.json']);
  // A refused file is not read again at every scan.
  expect((await who.service.refresh()).refused).toBe(0);
  return refused?.reason as string;
}

/** The entries of a zip with the offset where each one's data starts. */
async function dataOffsets(path: string): Promise<{ name: string; start: number; size: number }[]> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  const out: { name: string; start: number; size: number }[] = [];
  for await (const e of zip.eachEntry()) {
    const h = await zip.readLocalFileHeaderPromise(e, { minimal: true });
    out.push({ name: e.fileName, start: h.fileDataStart, size: e.compressedSize });
  }
  zip.close();
  return out;
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir());
  desk = join(root, 'desk');
  reporter = await desktop(root, 'Trần Trung Hậu', desk, { roles: ['reporter'] });
  editor = await desktop(root, 'Nguyễn Thị Biên', desk, { roles: ['editor'], extra: { incompleteAfterMs: 60_000 } });
  stranger = await desktop(root, 'Kẻ Lạ', desk, { roles: ['reporter', 'editor'] });
  untrusted = await desktop(root, 'Chưa Tin', desk, { roles: ['reporter'] });
  reporter2 = await desktop(root, 'Phóng Viên Hai', desk, { roles: ['reporter'] });
  await introduce(reporter, editor, ['reporter']);
  await introduce(editor, reporter, ['editor']);
  await introduce(reporter2, reporter, ['reporter']);
  // Known to the editor, but never trusted.
  await editor.service.importKey({ content: (await untrusted.service.exportKey()).content });
  article = await writeArticle(reporter, 1, 50_000);
  goodZip = join(root, 'good.zip');
  const signer = await reporter.service.profiles.signer();
  const media = await readdir(join(reporter.library.articleDir(article.id), 'media'));
  const jpg = media.find((m) => m.endsWith('.jpg')) as string;
  await writePackage(goodZip, {
    kind: 'submission',
    packageId: newReviewId('s'),
    createdAt: new Date().toISOString(),
    signer,
    article,
    headline: 'Sức mạnh đoàn kết',
    contentHash: contentHashOf(article),
    notes: { threads: [], suggestions: [] },
    media: [{ assetId: jpg.slice(0, 64), ext: 'jpg', path: join(reporter.library.articleDir(article.id), 'media', jpg) }],
  });
});

afterAll(async () => {
  await closeAll(reporter, editor, stranger, untrusted, reporter2);
  await cleanup();
});

describe('packages refused by the editor', () => {
  it('accepts the untouched package (the control for every case below)', async () => {
    const probe = await desktop(root, 'Kiểm Tra', desk, { roles: ['editor'] });
    try {
      await introduce(reporter, probe, ['reporter']);
      const name = `${article.id}__s-control-${Date.now().toString(36)}.zip`;
      await copyFile(goodZip, join(desk, 'submissions', name));
      const report = await probe.service.refresh();
      expect(report).toMatchObject({ accepted: 1, refused: 0 });
      expect((await probe.service.inbox()).items).toHaveLength(1);
    } finally {
      await closeAll(probe);
    }
  });

  it('refuses a changed byte in any file of the package', async () => {
    const bytes = await readFile(goodZip);
    const entries = await dataOffsets(goodZip);
    const names = entries.map((e) => e.name);
    expect(names.filter((n) => !n.startsWith('media/')).sort()).toEqual(['article.json', 'manifest.json', 'manifest.sig', 'review.json']);
    expect(names.filter((n) => /^media\/[0-9a-f]{64}\.jpg$/.test(n))).toHaveLength(1);
    for (const e of entries) {
      const changed = Buffer.from(bytes);
      changed[e.start + (e.size >> 1)] ^= 0x20;
      await expectRefused(editor, 'submission', changed, ['tampered', 'bad-signature', 'malformed-json', 'malformed']);
    }
  });

  it('refuses a changed article (hash) and a changed manifest (signature), each exactly', async () => {
    const signer = await reporter.service.profiles.signer();
    const files = [{ path: 'article.json', data: Buffer.from(JSON.stringify(article)) }];
    // The article differs from what the manifest's hash says (the file list is re-hashed to hide it).
    const edited = Buffer.from(JSON.stringify({ ...article, meta: { ...article.meta, category: 'Thời sự' } }));
    expect(
      await expectRefused(
        editor,
        'submission',
        signedZip(signer, [{ path: 'article.json', data: edited }], (m) => m),
        'tampered',
      ),
    ).toBe('tampered');
    // One letter of the signed manifest changed after signing.
    const good = signedZip(signer, files);
    const at = good.indexOf(Buffer.from('"headline":"x"'));
    expect(at).toBeGreaterThan(0);
    const bad = Buffer.from(good);
    bad[at + 12] = 'y'.charCodeAt(0);
    // Stored entries carry a CRC we do not trust; the signature is what catches it.
    await expectRefused(editor, 'submission', bad, 'bad-signature');
  });

  it('refuses packages signed by an unknown key, an untrusted key, or a reporter acting as editor', async () => {
    const files = [{ path: 'article.json', data: Buffer.from(JSON.stringify(article)) }];
    await expectRefused(editor, 'submission', signedZip(await stranger.service.profiles.signer(), files), 'unknown-key');
    await expectRefused(editor, 'submission', signedZip(await untrusted.service.profiles.signer(), files), 'untrusted-key');
    // A decision signed by another reporter, whom this reporter trusts as a reporter only.
    const sub = await reporter.service.submit(article.id);
    const r2 = await reporter2.service.profiles.signer();
    const decision = signedZip(r2, files, (m) => ({
      ...m,
      kind: 'decision',
      packageId: newReviewId('d'),
      decision: {
        verdict: 'approved',
        note: '',
        submissionId: sub.submission.packageId,
        submissionHash: sub.submission.contentHash,
        submitterKeyId: sub.submission.submitter.keyId,
      },
    }));
    await expectRefused(reporter, 'decision', decision, 'not-an-editor');
    expect((await reporter.service.status(article.id)).status).toBe('submitted');
  });

  it('refuses a decision signed by the author of the submission', async () => {
    const both = await desktop(root, 'Hoàng Thị Sinh', desk, { roles: ['reporter', 'editor'] });
    try {
      const own = await writeArticle(both, 0);
      const sub = await both.service.submit(own.id);
      const signer = await both.service.profiles.signer();
      const bytes = Buffer.from(JSON.stringify(own));
      const saved = article;
      article = own;
      try {
        const decision = signedZip(signer, [{ path: 'article.json', data: bytes }], (m) => ({
          ...m,
          kind: 'decision',
          packageId: newReviewId('d'),
          decision: {
            verdict: 'approved',
            note: '',
            submissionId: sub.submission.packageId,
            submissionHash: sub.submission.contentHash,
            submitterKeyId: signer.person.keyId,
          },
        }));
        await expectRefused(both, 'decision', decision, 'self-approval');
      } finally {
        article = saved;
      }
      expect((await both.service.status(own.id)).status).toBe('submitted');
    } finally {
      await closeAll(both);
    }
  });

  it('refuses zips with absolute paths, “..”, symlinks, duplicate or unexpected names', async () => {
    const a = entryData('article.json', '{}');
    await expectRefused(editor, 'submission', rawZip([a, entryData('/etc/passwd', 'x')]), 'absolute-path');
    await expectRefused(editor, 'submission', rawZip([a, entryData('C:\\Windows\\evil.dll', 'x')]), 'absolute-path');
    await expectRefused(editor, 'submission', rawZip([a, entryData('../../outside.txt', 'x')]), 'parent-path');
    await expectRefused(editor, 'submission', rawZip([a, entryData('media/../../../outside.jpg', 'x')]), 'parent-path');
    await expectRefused(editor, 'submission', rawZip([a, entryData('media\\..\\..\\outside.jpg', 'x')]), 'parent-path');
    // A harmless name whose Info-ZIP Unicode Path field says "../evil" (tools that honour it would write there).
    const plain = Buffer.from('review.json');
    const uni = Buffer.from('../evil.json');
    const field = Buffer.alloc(4 + 5 + uni.length);
    field.writeUInt16LE(0x7075, 0);
    field.writeUInt16LE(5 + uni.length, 2);
    field.writeUInt8(1, 4);
    field.writeUInt32LE((await import('node:zlib')).crc32(plain), 5);
    uni.copy(field, 9);
    await expectRefused(editor, 'submission', rawZip([a, { name: plain, data: Buffer.from('{}'), extra: field }]), 'parent-path');
    await expectRefused(
      editor,
      'submission',
      rawZip([a, { name: 'media/link.jpg', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }]),
      'symlink',
    );
    await expectRefused(editor, 'submission', rawZip([a, entryData('article.json', '{"x":1}')]), 'duplicate-entry');
    await expectRefused(editor, 'submission', rawZip([a, entryData('Article.JSON', '{}')]), 'duplicate-entry');
    await expectRefused(editor, 'submission', rawZip([a, entryData('run.sh', '#!/bin/sh')]), 'unexpected-entry');
  });

  it('refuses zip bombs: ratio, declared sizes, lying sizes, overlapping entries, too many files', async () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const hex = 'a'.repeat(64);
    await expectRefused(editor, 'submission', rawZip([{ name: `media/${hex}.jpg`, data: zeros, method: 8 }]), 'bomb');
    await expectRefused(
      editor,
      'submission',
      rawZip([{ name: `media/${hex}.jpg`, data: Buffer.from('x'), method: 8, declaredSize: 300 * 1024 * 1024 }]),
      'too-large',
    );
    await expectRefused(
      editor,
      'submission',
      rawZip([{ name: 'article.json', data: Buffer.from('x'), method: 8, declaredSize: 64 * 1024 * 1024 }]),
      'too-large',
    );
    // Signed and listed, but the photo inflates to far more than its declared (and listed) size.
    const signer = await reporter.service.profiles.signer();
    const small = Buffer.from('tiny');
    const articleBytes = Buffer.from(JSON.stringify(article));
    const lying = signedZip(signer, [
      { path: 'article.json', data: articleBytes },
      { path: `media/${sha256Hex(small)}.jpg`, data: small },
    ]);
    // Rebuild with the photo's real data 1 MB of zeros while the headers still say 4 bytes.
    const rebuilt = rawZip([
      entryData('article.json', articleBytes),
      { name: `media/${sha256Hex(small)}.jpg`, data: Buffer.alloc(1024 * 1024), method: 8, declaredSize: 4 },
      ...(await zipEntries(lying)).filter((e) => e.name === 'manifest.json' || e.name === 'manifest.sig'),
    ]);
    await expectRefused(editor, 'submission', rebuilt, 'tampered');
    // Two entries sharing one compressed stream (the overlapping, non-recursive bomb).
    const one = rawZip([{ name: `media/${hex}.jpg`, data: Buffer.alloc(1000, 1), method: 8 }]);
    const overlapped = overlap(one, `media/${'b'.repeat(64)}.jpg`);
    await expectRefused(editor, 'submission', overlapped, 'overlap');
    const many = Array.from({ length: 1001 }, (_, i) => entryData(`media/${i.toString(16).padStart(64, '0')}.jpg`, 'x'));
    await expectRefused(editor, 'submission', rawZip(many), 'too-many-files');
  });

  it('refuses an unknown format version and malformed JSON', async () => {
    const signer = await reporter.service.profiles.signer();
    const files = [{ path: 'article.json', data: Buffer.from(JSON.stringify(article)) }];
    await expectRefused(
      editor,
      'submission',
      signedZip(signer, files, (m) => ({ ...m, formatVersion: 2 })),
      'unknown-version',
    );
    await expectRefused(
      editor,
      'submission',
      rawZip([entryData('manifest.json', '{"format": "dateline.review-package", "formatVersion": 1, '), entryData('manifest.sig', '{}')]),
      'malformed-json',
    );
    await expectRefused(
      editor,
      'submission',
      signedZip(signer, [{ path: 'article.json', data: Buffer.from('{"schemaVersion": 1, "id": ') }]),
      'malformed-json',
    );
    await expectRefused(editor, 'submission', signedZip(signer, [{ path: 'article.json', data: Buffer.from('[1, 2, 3]') }]), 'malformed');
    await expectRefused(
      editor,
      'submission',
      signedZip(signer, files, (m) => ({ ...m, kind: 'memo' })),
      'malformed',
    );
    await expectRefused(editor, 'submission', rawZip([entryData('article.json', '{}')]), 'missing-manifest');
  });

  it('waits for a package still being copied, then takes it in when complete', async () => {
    const bytes = await readFile(goodZip);
    const name = `${article.id}__s-partial-${Date.now().toString(36)}.zip`;
    const target = join(desk, 'submissions', name);
    const before = await snapshot(editor.libraryDir);
    await writeFile(target, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const first = await editor.service.refresh();
    expect(first).toMatchObject({ accepted: 0, refused: 0, incomplete: 1 });
    const inbox = await editor.service.inbox();
    expect(inbox.incomplete.map((i) => i.name)).toContain(name);
    expect(inbox.refused.find((r) => r.name === name)).toBeUndefined();
    // Nothing at all was written for it, not even a quarantine folder.
    expect(await snapshot(editor.libraryDir)).toEqual(before);
    await writeFile(target, bytes);
    const second = await editor.service.refresh();
    expect(second).toMatchObject({ incomplete: 0 });
    expect((await editor.service.inbox()).incomplete).toEqual([]);
  });

  it('refuses a file that never becomes a zip once it has stopped changing', async () => {
    const name = `${article.id}__s-junk-${Date.now().toString(36)}.zip`;
    const target = join(desk, 'submissions', name);
    await writeFile(target, Buffer.from('not a zip at all, just text that someone renamed'));
    expect((await editor.service.refresh()).incomplete).toBe(1);
    const { utimes } = await import('node:fs/promises');
    const old = new Date(Date.now() - 120_000);
    await utimes(target, old, old);
    expect((await editor.service.refresh()).refused).toBe(1);
    expect((await editor.service.inbox()).refused.find((r) => r.name === name)?.reason).toBe('not-a-zip');
    expect((await stat(target)).size).toBeGreaterThan(0);
  });
});

describe('a decision replayed onto a newer version', () => {
  it('is refused and leaves the newer submission waiting', async () => {
    const fresh = await writeArticle(reporter, 0);
    const id = fresh.id;
    const v1 = await reporter.service.submit(id);
    await editor.service.refresh();
    const approval = await editor.service.approve(id, v1.submission.packageId);
    await reporter.service.refresh();
    expect((await reporter.service.status(id)).status).toBe('approved');
    // The reporter edits and submits again.
    const cur = await reporter.library.get(id);
    const content = structuredClone(cur.content);
    (content[1] as { children: { text: string }[] }).children[0].text += ' Bổ sung.';
    await reporter.library.save({ id, content: content as never, baseVersion: cur.version });
    await reporter.service.articleSaved(id);
    const v2 = await reporter.service.submit(id);
    expect(v2.submission.version).toBeGreaterThan(v1.submission.version);
    // Someone copies the old approval back into the desk under a new name.
    const old = join(desk, 'decisions', `${id}__${approval.packageId}.zip`);
    const saved = article;
    article = fresh;
    try {
      await expectRefused(reporter, 'decision', await readFile(old), 'stale-decision');
    } finally {
      article = saved;
    }
    const status = await reporter.service.status(id);
    expect(status.status).toBe('submitted');
    expect(status.submission?.packageId).toBe(v2.submission.packageId);
    expect(status.locked).toBe(false);
  });
});

/** Adds a second central-directory entry pointing at the first entry's data. */
function overlap(zip: Buffer, secondName: string): Buffer {
  const eocd = zip.length - 22;
  const cdSize = zip.readUInt32LE(eocd + 12);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  const cd = zip.subarray(cdOffset, cdOffset + cdSize);
  const name = Buffer.from(secondName);
  const second = Buffer.concat([Buffer.from(cd.subarray(0, 46)), name]);
  second.writeUInt16LE(name.length, 28);
  const newCd = Buffer.concat([cd, second]);
  const end = Buffer.from(zip.subarray(eocd));
  end.writeUInt16LE(2, 8);
  end.writeUInt16LE(2, 10);
  end.writeUInt32LE(newCd.length, 12);
  return Buffer.concat([zip.subarray(0, cdOffset), newCd, end]);
}

describe('a desk that cannot be reached', () => {
  it('refuses to submit with a clear reason and leaves the article as it was', async () => {
    const { rm: remove } = await import('node:fs/promises');
    const away = await desktop(root, 'Ngoài Hiện Trường', join(root, 'usb-stick'), { roles: ['reporter'] });
    try {
      const a = await writeArticle(away, 0);
      await remove(join(root, 'usb-stick'), { recursive: true, force: true });
      await expect(away.service.submit(a.id)).rejects.toMatchObject({
        code: 'REVIEW',
        params: { reason: 'desk-unavailable', path: join(root, 'usb-stick') },
      });
      expect((await away.library.get(a.id)).status).toBe('draft');
      expect(await away.service.deskInfo()).toEqual({ path: join(root, 'usb-stick'), reachable: false });
    } finally {
      await closeAll(away);
    }
  });
});
