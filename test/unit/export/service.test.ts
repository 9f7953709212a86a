// The export methods behind the dispatcher: input checked, cancel by job id, errors as one
// sentence in the UI language.

import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import { contract } from '../../../main/common/contract/index.ts';
import { createDispatcher, type Handlers } from '../../../main/core/dispatcher.ts';
import { createExportService } from '../../../main/core/export/service.ts';
import { fixtureStory, makePhoto, storePhoto, tempDir } from './helpers.ts';

let root: string;
let cleanup: () => Promise<void>;
let article: Article;
const articleDir = (): string => join(root, 'article');

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir());
  article = (await fixtureStory(await storePhoto(articleDir(), await makePhoto({ width: 1700, height: 1100 })))).article;
  await mkdir(join(root, 'out'));
});
afterAll(() => cleanup());

function setup(language: 'vi' | 'en' = 'vi') {
  // The progress callback cancels through the dispatcher, as a window would.
  const service = createExportService({
    loadArticle: async () => structuredClone(article),
    articleDir,
    settings: () => ({ paperPrefix: 'BHG' }),
    onProgress: (jobId, p) => {
      if (jobId === 'cancel-me' && p.stage === 'photos') void dispatch('export.cancel', { jobId });
    },
  });
  const dispatch = createDispatcher(service as unknown as Handlers, { language: () => language });
  return { dispatch };
}

describe('export methods', () => {
  it('preflight reports what it finds, by block', async () => {
    const { dispatch } = setup();
    const r = await dispatch('export.preflight', { id: article.id });
    expect(r).toEqual({ ok: true, value: { findings: [], errors: 0, warnings: 0 } });
  });

  it('writes a package and verifies it', async () => {
    const { dispatch } = setup();
    const target = join(root, 'out', 'ok.zip');
    const r = await dispatch('export.package', { id: article.id, target, kind: 'zip' });
    expect(r).toMatchObject({
      ok: true,
      value: { path: target, kind: 'zip', files: 11, manifestSha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(await dispatch('export.verify', { path: target })).toMatchObject({ ok: true, value: { ok: true, checked: 11 } });
  });

  it('cancels by job id, with one sentence and nothing left behind', async () => {
    const { dispatch } = setup('en');
    const before = await readdir(join(root, 'out'));
    const r = await dispatch('export.package', {
      id: article.id,
      target: join(root, 'out', 'cancelled.zip'),
      kind: 'zip',
      jobId: 'cancel-me',
    });
    expect(r).toEqual({ ok: false, error: { code: 'EXPORT', message: 'The export was cancelled; no files were left behind.' } });
    expect(await readdir(join(root, 'out'))).toEqual(before);
    expect(await dispatch('export.cancel', { jobId: 'cancel-me' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('refuses relative targets and unknown keys before doing anything', async () => {
    const { dispatch } = setup();
    expect(await dispatch('export.package', { id: article.id, target: 'out.zip' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(contract['export.verify'].input.safeParse({ path: '/x', extra: 1 }).success).toBe(false);
  });

  it('says in Vietnamese why an export was refused', async () => {
    const { dispatch } = setup('vi');
    const target = join(root, 'out', 'ok.zip');
    const r = await dispatch('export.package', { id: article.id, target, kind: 'zip' });
    expect(r).toEqual({ ok: false, error: { code: 'EXPORT', message: `“${target}” đã có; hãy chọn tên khác hoặc đồng ý ghi đè.` } });
  });
});
