// The review as the Core wires it: a save through the contract reaches the review service (an
// edit after submitting shows in the stored status at once), and keys can be forgotten.

import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as atomic from '../../../main/core/fs/atomic.ts';
import type { Input, MethodName, Output } from '../../../main/common/contract/index.ts';
import { createCore } from '../../../main/core/app.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import type { Core } from '../../../main/core/types.ts';
import { tempDir } from './helpers.ts';

// Every atomic write goes through writeJsonAtomic: counted here to show one save is one write.
vi.mock('../../../main/core/fs/atomic.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../main/core/fs/atomic.ts')>();
  return { ...real, writeJsonAtomic: vi.fn(real.writeJsonAtomic) };
});
const articleWrites = (): number =>
  vi.mocked(atomic.writeJsonAtomic).mock.calls.filter(([path]) => basename(path) === 'article.json').length;

let root: string;
let cleanup: () => Promise<void>;
let cores: Core[];

async function open(name: string) {
  const core = await createCore({ libraryDir: join(root, name), settings: createMemorySettings(), transport: 'direct' });
  cores.push(core);
  return async <M extends MethodName>(m: M, input: Input<M>): Promise<Output<M>> => {
    const r = await core.dispatch(m, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { info: r.error });
    return r.value as Output<M>;
  };
}

beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir());
  cores = [];
});
afterEach(async () => {
  for (const c of cores) await c.close();
  await cleanup();
});

/** A reporter's Core with one article submitted to the desk. */
async function submittedArticle() {
  const call = await open('reporter');
  await call('review.setProfile', { name: 'Trần Trung Hậu', roles: ['reporter'] });
  await call('review.setDesk', { path: join(root, 'desk') });
  const article = await call('library.create', { headline: 'Bốn tốt' });
  await call('review.submit', { id: article.id });
  const submitted = await call('library.get', { id: article.id });
  expect(submitted.status).toBe('submitted');
  return { call, article, submitted };
}

describe('the review inside the Core', () => {
  it('marks the stored status when an article is edited after it was submitted', async () => {
    const { call, article, submitted } = await submittedArticle();

    const content = submitted.content.map((b) => (b.type === 'headline' ? { ...b, children: [{ text: 'Bốn tốt ở Hà Giang' }] } : b));
    await call('library.save', { id: article.id, content: content as Input<'library.save'>['content'], baseVersion: submitted.version });
    // No status call: the save alone brings the review up to date.
    await vi.waitFor(async () => expect((await call('library.get', { id: article.id })).status).toBe('draft'), {
      timeout: 5000,
      interval: 50,
    });
    expect(await call('review.status', { id: article.id })).toMatchObject({ status: 'draft', changedSinceSubmission: true });
  });

  it('writes article.json once for a save that voids a submission, with the new status in it', async () => {
    const { call, article, submitted } = await submittedArticle();

    const before = articleWrites();
    const content = submitted.content.map((b) => (b.type === 'headline' ? { ...b, children: [{ text: 'Bốn tốt ở Lũng Cú' }] } : b));
    await call('library.save', { id: article.id, content: content as Input<'library.save'>['content'], baseVersion: submitted.version });
    // At once, not eventually: the status was written with the text.
    expect((await call('library.get', { id: article.id })).status).toBe('draft');
    // Asking the review for the status writes nothing more either.
    expect(await call('review.status', { id: article.id })).toMatchObject({ status: 'draft', changedSinceSubmission: true });
    expect(articleWrites() - before).toBe(1);
  });

  it('forgets an imported key, and refuses to forget one it does not know', async () => {
    const reporter = await open('reporter');
    const editor = await open('editor');
    await reporter('review.setProfile', { name: 'Trần Trung Hậu', roles: ['reporter'] });
    await editor('review.setProfile', { name: 'Nguyễn Thị Biên', roles: ['editor'] });
    const key = await reporter('keys.export', {});
    const entry = await editor('keys.import', { content: key.content });
    await editor('keys.trust', { keyId: entry.keyId, roles: ['reporter'] });
    expect((await editor('keys.list', {})).map((k) => k.name)).toEqual(['Nguyễn Thị Biên', 'Trần Trung Hậu']);
    expect(await editor('keys.remove', { keyId: entry.keyId })).toMatchObject({ name: 'Trần Trung Hậu' });
    expect((await editor('keys.list', {})).map((k) => k.name)).toEqual(['Nguyễn Thị Biên']);
    await expect(editor('keys.remove', { keyId: entry.keyId })).rejects.toMatchObject({
      info: { code: 'REVIEW', details: { reason: 'unknown-key-id' } },
    });
  });
});
