// The article's Saver carrying metadata beside the content (renderer/editor/savers.ts): one
// autosave for both, and metadata waiting to be saved is never dropped by a content change, a
// failed save or a conflict.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyMeta, type ArticleMeta, type Block } from '../../../main/common/article/model.ts';
import type { DatelineApi } from '../../../main/common/contract/index.ts';
import type { SaveReceipt } from '../../../main/common/contract/library.ts';
import type { ErrorCode, Result } from '../../../main/common/result.ts';
import { ArticleSaver, forget, mergeDrafts, saverFor, type ArticleDraft } from '../../../renderer/editor/savers.ts';

interface Call {
  draft: ArticleDraft;
  baseVersion: number | undefined;
  resolve: (r: Result<SaveReceipt>) => void;
}

function scriptedDisk() {
  const calls: Call[] = [];
  let version = 1;
  const save = (draft: ArticleDraft, baseVersion: number | undefined): Promise<Result<SaveReceipt>> =>
    new Promise((resolve) => calls.push({ draft, baseVersion, resolve }));
  const succeed = (i: number): void => calls[i].resolve({ ok: true, value: { id: 'a', version: ++version, savedAt: '' } });
  const fail = (i: number, code: ErrorCode): void => calls[i].resolve({ ok: false, error: { code, message: code } });
  return { calls, save, succeed, fail };
}

const content = (text: string): Block[] => [{ type: 'headline', id: 'h', children: [{ text }] }];
const meta = (slug: string): ArticleMeta => ({ ...emptyMeta(), slug });
const settle = () => vi.advanceTimersByTimeAsync(0);
const headlineOf = (c: Call): string => (c.draft.content[0] as { children: { text: string }[] }).children[0].text;

describe('ArticleSaver with metadata', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('merges: newer content wins, waiting metadata stays until newer metadata replaces it', () => {
    expect(mergeDrafts({ content: content('a'), meta: meta('x') }, { content: content('b') })).toEqual({
      content: content('b'),
      meta: meta('x'),
    });
    expect(mergeDrafts({ content: content('a'), meta: meta('x') }, { content: content('b'), meta: meta('y') })).toEqual({
      content: content('b'),
      meta: meta('y'),
    });
    expect(mergeDrafts({ content: content('a') }, { content: content('b') })).toEqual({ content: content('b') });
  });

  it('a metadata change then typing goes out as one save with both', async () => {
    const disk = scriptedDisk();
    const saver = new ArticleSaver(disk.save, 1);
    saver.changeMeta(meta('suc-manh'), content('Sức'));
    saver.change(content('Sức mạnh'));
    expect(saver.unsavedMeta()?.slug).toBe('suc-manh');
    expect(saver.unsaved()).toEqual(content('Sức mạnh'));
    await vi.advanceTimersByTimeAsync(600);
    expect(disk.calls).toHaveLength(1);
    expect(headlineOf(disk.calls[0])).toBe('Sức mạnh');
    expect(disk.calls[0].draft.meta?.slug).toBe('suc-manh');
    disk.succeed(0);
    await settle();
    expect(saver.getState()).toEqual({ kind: 'saved', version: 2 });
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('typing alone does not send metadata (the disk keeps its own)', async () => {
    const disk = scriptedDisk();
    const saver = new ArticleSaver(disk.save, 1);
    saver.change(content('a'));
    await vi.advanceTimersByTimeAsync(600);
    expect(disk.calls[0].draft.meta).toBeUndefined();
  });

  it('a failed save gives its metadata back, under newer typing', async () => {
    const disk = scriptedDisk();
    const saver = new ArticleSaver(disk.save, 1);
    saver.changeMeta(meta('one'), content('a'));
    await vi.advanceTimersByTimeAsync(600);
    saver.change(content('ab'));
    disk.fail(0, 'DISK_FULL');
    await settle();
    expect(saver.getState().kind).toBe('failed');
    expect(saver.unsavedMeta()?.slug).toBe('one');
    await vi.advanceTimersByTimeAsync(1000);
    expect(disk.calls).toHaveLength(2);
    expect(headlineOf(disk.calls[1])).toBe('ab');
    expect(disk.calls[1].draft.meta?.slug).toBe('one');
    disk.succeed(1);
    await settle();
    expect(saver.getState().kind).toBe('saved');
  });

  it('metadata changed while a save is in flight goes in the next one', async () => {
    const disk = scriptedDisk();
    const saver = new ArticleSaver(disk.save, 1);
    saver.change(content('a'));
    await vi.advanceTimersByTimeAsync(600);
    saver.changeMeta(meta('two'), content('a'));
    disk.succeed(0);
    await vi.advanceTimersByTimeAsync(600);
    expect(disk.calls).toHaveLength(2);
    expect(disk.calls[1].draft.meta?.slug).toBe('two');
    expect(disk.calls[1].baseVersion).toBe(2);
  });

  it('after a conflict, writing over it carries the metadata', async () => {
    const disk = scriptedDisk();
    const saver = new ArticleSaver(disk.save, 1);
    saver.changeMeta(meta('mine'), content('a'));
    await vi.advanceTimersByTimeAsync(600);
    disk.fail(0, 'CONFLICT');
    await settle();
    expect(saver.getState().kind).toBe('conflict');
    saver.change(content('a, more'));
    const done = saver.overwrite();
    await settle();
    expect(disk.calls[1]).toMatchObject({ baseVersion: undefined, draft: { meta: { slug: 'mine' } } });
    expect(headlineOf(disk.calls[1])).toBe('a, more');
    disk.succeed(1);
    await done;
    expect(saver.getState().kind).toBe('saved');
  });

  it('saverFor sends content and metadata to library.save', async () => {
    const inputs: unknown[] = [];
    const api = {
      'library.save': async (input: unknown) => {
        inputs.push(input);
        return { ok: true, value: { id: 'a-0m4x1k2p-7f3k9q', version: 2, savedAt: '' } };
      },
    } as unknown as DatelineApi;
    const saver = saverFor(api, 'a-0m4x1k2p-7f3k9q', 1);
    saver.changeMeta(meta('suc-manh'), content('Sức mạnh'));
    await saver.flush();
    expect(inputs).toEqual([{ id: 'a-0m4x1k2p-7f3k9q', content: content('Sức mạnh'), meta: meta('suc-manh'), baseVersion: 1 }]);
    forget('a-0m4x1k2p-7f3k9q');
  });
});
