// Content nested deeper than an article can be (issue 14, item 4). Before, library.save with
// content nested 2,000 levels overflowed the stack (500 INTERNAL through the browser host), and a
// signed package holding such an article failed its intake without a record, so it was read again
// at every scan. Now the schema bounds the depth: a typed INVALID_INPUT, and a recorded refusal.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Block } from '../../main/common/article/model.ts';
import { newReviewId } from '../../main/common/review/ids.ts';
import { contentHashOf, sha256Hex } from '../../main/core/review/hash.ts';
import { SIGNING_CONTEXT, signWith } from '../../main/core/review/keys.ts';
import { ARTICLE, MANIFEST, PACKAGE_FORMAT, REVIEW, REVIEW_FORMAT, SIGNATURE, type Manifest } from '../../main/core/review/manifest.ts';
import { closeAll, desktop, introduce, rawZip, tempDir, writeArticle, type Desktop } from '../unit/review/helpers.ts';
import { call, newArticle, sandboxCore, type Sandbox } from './helpers.ts';

/** A paragraph with `depth` paragraphs inside one another, then the text. */
function nested(depth: number): Block {
  let node: unknown = { text: 'Sâu quá' };
  for (let i = 0; i < depth; i++) node = { type: 'paragraph', id: `b-n${i}`, children: [node] };
  return node as Block;
}

describe('library.save', () => {
  let box: Sandbox;
  beforeAll(async () => {
    box = await sandboxCore();
  });
  afterAll(() => box.close());

  it('refuses content nested 2,000 levels with INVALID_INPUT, and the next save goes through', async () => {
    const { article, save } = await newArticle(box.core);
    const r = await box.core.dispatch('library.save', { id: article.id, content: [...article.content, nested(2000)] });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(r.ok ? '' : r.error.message).toContain('an article nests at most 3 levels below a block');
    // Also a few levels too deep: the model has none of that.
    expect(await box.core.dispatch('library.save', { id: article.id, content: [...article.content, nested(6)] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await save('Bản Khuổi Bốc có 45 hộ.')).toMatchObject({ version: expect.any(Number) });
    expect((await call<Article>(box.core, 'library.get', { id: article.id })).content.at(-1)).toMatchObject({
      children: [{ text: 'Bản Khuổi Bốc có 45 hộ.' }],
    });
  });
});

describe('a signed package whose article is nested 2,000 levels', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let reporter: Desktop;
  let editor: Desktop;
  beforeAll(async () => {
    ({ dir: root, cleanup } = await tempDir());
    const desk = join(root, 'desk');
    reporter = await desktop(root, 'Trần Trung Hậu', desk, { roles: ['reporter'] });
    editor = await desktop(root, 'Nguyễn Thị Biên', desk, { roles: ['editor'] });
    await introduce(reporter, editor, ['reporter']);
  });
  afterAll(async () => {
    await closeAll(reporter, editor);
    await cleanup();
  });

  it('is refused as malformed, recorded, and not read again', async () => {
    const written = await writeArticle(reporter, 0);
    const article: Article = { ...written, content: [...written.content, nested(2000)] };
    // Signed as the writer signs, with the article as compact JSON (pretty-printed, 2,000 levels of
    // indentation would be refused earlier, as a zip bomb).
    const signer = await reporter.service.profiles.signer();
    const articleBytes = Buffer.from(JSON.stringify(article));
    const reviewBytes = Buffer.from(JSON.stringify({ format: REVIEW_FORMAT, formatVersion: 1, threads: [], suggestions: [] }));
    const files = [
      { path: ARTICLE, data: articleBytes },
      { path: REVIEW, data: reviewBytes },
    ];
    const packageId = newReviewId('s');
    const manifest: Manifest = {
      format: PACKAGE_FORMAT,
      formatVersion: 1,
      kind: 'submission',
      packageId,
      createdAt: new Date().toISOString(),
      signer: { keyId: signer.person.keyId, name: signer.person.name, publicKey: signer.publicKey },
      article: { id: article.id, version: article.version, headline: 'Sâu', contentHash: contentHashOf(article), contentHashVersion: 1 },
      files: files.map((f) => ({ path: f.path, size: f.data.length, sha256: sha256Hex(f.data) })),
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const sig = JSON.stringify({
      algorithm: 'Ed25519',
      keyId: signer.person.keyId,
      signature: signWith(signer.privateKey, SIGNING_CONTEXT.package, manifestBytes),
    });
    const zip = rawZip([
      ...files.map((f) => ({ name: f.path, data: f.data, method: 8 as const })),
      { name: MANIFEST, data: manifestBytes },
      { name: SIGNATURE, data: Buffer.from(sig) },
    ]);
    await writeFile(join(root, 'desk', 'submissions', `${article.id}__${packageId}.zip`), zip);
    expect(await editor.service.refresh()).toMatchObject({ accepted: 0, refused: 1 });
    const refused = (await editor.service.inbox()).refused;
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ reason: 'malformed', params: { entry: 'article.json' } });
    expect(await editor.service.refresh()).toMatchObject({ accepted: 0, refused: 0 });
  });
});
