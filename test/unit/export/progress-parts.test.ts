// What the export dialog relies on from the service: progress it can poll by job id, the parts
// it can leave out, the native folder picker, and a package that only appears, whole, at the
// very end (written under a temporary name, then renamed): a cancel leaves nothing.

import { readdirSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import type { ExportProgress, PreflightReport } from '../../../main/common/contract/export.ts';
import { createDispatcher, type Handlers } from '../../../main/core/dispatcher.ts';
import { createExportService, type ExportServiceDeps } from '../../../main/core/export/service.ts';
import { verifyPackage } from '../../../main/core/export/verify.ts';
import { fixtureStory, makePhoto, storePhoto, tempDir } from './helpers.ts';

let root: string;
let cleanup: () => Promise<void>;
let article: Article;
const articleDir = (): string => join(root, 'article');
const out = (name: string): string => join(root, 'out', name);

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir());
  article = (await fixtureStory(await storePhoto(articleDir(), await makePhoto({ width: 1700, height: 1100 })))).article;
  await mkdir(join(root, 'out'));
});
afterAll(() => cleanup());

function setup(extra: Partial<ExportServiceDeps> = {}) {
  const service = createExportService({
    loadArticle: async () => structuredClone(article),
    articleDir,
    settings: () => ({ paperPrefix: 'BHG' }),
    ...extra,
  });
  return createDispatcher(service as unknown as Handlers, { language: () => 'vi' });
}

describe('export.progress', () => {
  it('tells where a running job is, and null once it is over', async () => {
    const seen: (ExportProgress | null)[] = [];
    const polls: Promise<void>[] = [];
    const dispatch: ReturnType<typeof setup> = setup({
      onProgress: (jobId, p) => {
        if (!jobId) return;
        // Polled from inside the export, as the window's timer would between two steps.
        polls.push(
          dispatch('export.progress', { jobId }).then((r) => {
            if (r.ok) seen.push(r.value as ExportProgress | null);
          }),
        );
        expect(p.stage).toMatch(/^(preflight|photos|documents|writing|done)$/);
      },
    });
    const r = await dispatch('export.package', { id: article.id, target: out('polled.zip'), kind: 'zip', jobId: 'poll-1' });
    expect(r.ok).toBe(true);
    await Promise.all(polls);
    const stages = seen.map((p) => p?.stage);
    expect(stages).toContain('photos');
    expect(stages).toContain('writing');
    expect(await dispatch('export.progress', { jobId: 'poll-1' })).toEqual({ ok: true, value: null });
    expect(await dispatch('export.progress', { jobId: 'never-ran' })).toEqual({ ok: true, value: null });
  });
});

describe('a package appears only at the end', () => {
  it('while files are written the target does not exist: only a hidden .partial beside it', async () => {
    const target = out('atomic');
    const during: string[][] = [];
    // Looked at synchronously inside the writer's progress call, between two files.
    const service = setup({
      onProgress: (_jobId, p) => {
        if (p.stage === 'writing' && p.done === 3) during.push(readdirSync(join(root, 'out')));
      },
    });
    const r = await service('export.package', { id: article.id, target, kind: 'folder' });
    expect(r.ok).toBe(true);
    expect(during).toHaveLength(1);
    expect(during[0]).not.toContain(basename(target));
    expect(during[0].some((n) => n.startsWith(`.${basename(target)}.`) && n.endsWith('.partial'))).toBe(true);
    const after = await readdir(join(root, 'out'));
    expect(after).toContain('atomic');
    expect(after.filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('a cancel while writing the folder leaves neither the package nor the temporary', async () => {
    const before = await readdir(join(root, 'out'));
    const dispatch: ReturnType<typeof setup> = setup({
      onProgress: (jobId, p) => {
        if (jobId && p.stage === 'writing' && p.done === 2) void dispatch('export.cancel', { jobId });
      },
    });
    const r = await dispatch('export.package', { id: article.id, target: out('cancelled-folder'), kind: 'folder', jobId: 'cancel-2' });
    expect(r).toMatchObject({ ok: false, error: { code: 'EXPORT', message: 'Đã hủy xuất bài; không có tệp nào được để lại.' } });
    expect(await readdir(join(root, 'out'))).toEqual(before);
  });
});

describe('parts', () => {
  it('leaves out what is not chosen; ninjs and manifest stay and the package verifies', async () => {
    const dispatch = setup();
    const target = out('text-only');
    const r = await dispatch('export.package', { id: article.id, target, kind: 'folder', parts: ['html', 'docx'] });
    expect(r).toMatchObject({ ok: true, value: { files: 3 } });
    expect((await readdir(target)).sort()).toEqual(['article.docx', 'article.html', 'manifest.json', 'ninjs.json']);
    expect(await verifyPackage(target)).toMatchObject({ ok: true, checked: 3 });
  });

  it('refuses an unknown part', async () => {
    const dispatch = setup();
    const r = await dispatch('export.package', { id: article.id, target: out('x'), kind: 'folder', parts: ['pdf' as 'html'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('export.chooseFolder', () => {
  it('is UNSUPPORTED without a native picker (the browser host: the dialog has a text field)', async () => {
    expect(await setup()('export.chooseFolder', {})).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it('gives the picked folder, or null when the picker was closed', async () => {
    const asked: (string | undefined)[] = [];
    const answers = ['/home/an/Xuất bản', null];
    const dispatch = setup({
      chooseFolder: async (defaultPath) => {
        asked.push(defaultPath);
        return answers.shift() ?? null;
      },
    });
    expect(await dispatch('export.chooseFolder', { defaultPath: '/home/an' })).toEqual({ ok: true, value: { path: '/home/an/Xuất bản' } });
    expect(await dispatch('export.chooseFolder', {})).toEqual({ ok: true, value: { path: null } });
    expect(asked).toEqual(['/home/an', undefined]);
  });
});

describe('the service reads the export settings from Settings', () => {
  it('the headline limit set in Settings is the one preflight warns at', async () => {
    const { createCore } = await import('../../../main/core/app.ts');
    const { createMemorySettings } = await import('../../../main/core/settings/memory.ts');
    const settings = createMemorySettings();
    const core = await createCore({ libraryDir: join(root, 'lib'), settings, transport: 'direct' });
    try {
      const created = await core.dispatch('library.create', { headline: 'Sức mạnh đoàn kết ở Quang Bình' });
      if (!created.ok) throw new Error(created.error.message);
      const id = (created.value as Article).id;
      const codes = async (): Promise<string[]> => {
        const r = await core.dispatch('export.preflight', { id });
        return r.ok ? (r.value as PreflightReport).findings.map((f) => f.code) : [];
      };
      expect(await codes()).not.toContain('headline-too-long');
      settings.set({ headlineMaxChars: 20 });
      expect(await codes()).toContain('headline-too-long');
    } finally {
      await core.close();
    }
  });
});
