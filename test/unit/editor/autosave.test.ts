// The renderer's autosave (renderer/editor/autosave.ts) with fake timers and a scripted disk.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveReceipt } from '../../../main/common/contract/library.ts';
import type { ErrorCode, Result } from '../../../main/common/result.ts';
import { Saver } from '../../../renderer/editor/autosave.ts';

interface Call {
  content: string;
  baseVersion: number | undefined;
  resolve: (r: Result<SaveReceipt>) => void;
}

/** A disk whose answers the test gives, one save at a time. */
function scriptedDisk() {
  const calls: Call[] = [];
  let version = 1;
  const save = (content: string, baseVersion: number | undefined): Promise<Result<SaveReceipt>> =>
    new Promise((resolve) => calls.push({ content, baseVersion, resolve }));
  const succeed = (i: number): void => calls[i].resolve({ ok: true, value: { id: 'a', version: ++version, savedAt: '' } });
  const fail = (i: number, code: ErrorCode): void => calls[i].resolve({ ok: false, error: { code, message: `${code} sentence` } });
  return { calls, save, succeed, fail };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('Saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 600 ms after the last of a burst of changes', async () => {
    const disk = scriptedDisk();
    const saver = new Saver({ save: disk.save, version: 1 });
    for (const text of ['t', 'ti', 'tiế', 'tiếng']) {
      saver.change(text);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(disk.calls).toHaveLength(0);
    expect(saver.getState().kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(400);
    expect(disk.calls.map((c) => c.content)).toEqual(['tiếng']);
    expect(disk.calls[0].baseVersion).toBe(1);
    disk.succeed(0);
    await settle();
    expect(saver.getState()).toEqual({ kind: 'saved', version: 2 });
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('saves during continuous typing at least every 3 s', async () => {
    const disk = scriptedDisk();
    const saver = new Saver({ save: disk.save, version: 1 });
    for (let i = 0; i < 16; i++) {
      saver.change(`v${i}`);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(disk.calls.map((c) => c.content)).toEqual(['v14']);
  });

  it('keeps one save in flight and sends only the latest content after it', async () => {
    const disk = scriptedDisk();
    const saver = new Saver({ save: disk.save, version: 1 });
    saver.change('a');
    await vi.advanceTimersByTimeAsync(600);
    expect(disk.calls).toHaveLength(1);
    saver.change('ab');
    saver.change('abc');
    await vi.advanceTimersByTimeAsync(5000);
    expect(disk.calls).toHaveLength(1);
    disk.succeed(0);
    await settle();
    expect(disk.calls.map((c) => c.content)).toEqual(['a', 'abc']);
    expect(disk.calls[1].baseVersion).toBe(2);
    disk.succeed(1);
    await settle();
    expect(saver.getState()).toEqual({ kind: 'saved', version: 3 });
  });

  it('keeps the text when the disk is full and retries with growing pauses until it saves', async () => {
    const disk = scriptedDisk();
    const saver = new Saver({ save: disk.save, version: 1, backoffMs: [1000, 2000, 4000] });
    saver.change('bài viết');
    await vi.advanceTimersByTimeAsync(600);
    disk.fail(0, 'DISK_FULL');
    await settle();
    const state = saver.getState();
    expect(state.kind).toBe('failed');
    expect(state.kind === 'failed' && state.error.message).toBe('DISK_FULL sentence');
    expect(saver.unsaved()).toBe('bài viết');
    await vi.advanceTimersByTimeAsync(999);
    expect(disk.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(disk.calls).toHaveLength(2);
    saver.change('bài viết mới');
    disk.fail(1, 'READ_ONLY');
    await settle();
    await vi.advanceTimersByTimeAsync(1999);
    expect(disk.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(disk.calls.map((c) => c.content)).toEqual(['bài viết', 'bài viết', 'bài viết mới']);
    disk.succeed(2);
    await settle();
    expect(saver.getState().kind).toBe('saved');
    expect(saver.unsaved()).toBeNull();
  });

  it('stops on a conflict and writes over it only when asked', async () => {
    const disk = scriptedDisk();
    const saver = new Saver({ save: disk.save, version: 1 });
    saver.change('mine');
    await vi.advanceTimersByTimeAsync(600);
    disk.fail(0, 'CONFLICT');
    await settle();
    expect(saver.getState().kind).toBe('conflict');
    saver.change('mine, more');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(disk.calls).toHaveLength(1);
    const done = saver.overwrite();
    await settle();
    expect(disk.calls[1]).toMatchObject({ content: 'mine, more', baseVersion: undefined });
    disk.succeed(1);
    await done;
    expect(saver.getState().kind).toBe('saved');
  });

  it('flush saves at once and resolves when the disk has the latest content', async () => {
    const disk = scriptedDisk();
    const saver = new Saver({ save: disk.save, version: 1 });
    saver.change('x');
    let flushed = false;
    const done = saver.flush().then(() => (flushed = true));
    await settle();
    expect(disk.calls.map((c) => c.content)).toEqual(['x']);
    saver.change('xy');
    disk.succeed(0);
    await settle();
    expect(flushed).toBe(false);
    expect(disk.calls.map((c) => c.content)).toEqual(['x', 'xy']);
    disk.succeed(1);
    await done;
    expect(saver.getState()).toEqual({ kind: 'saved', version: 3 });
  });

  it('treats a save that throws (host gone) as retryable and loses nothing', async () => {
    let attempts = 0;
    const saver = new Saver<string>({
      version: 1,
      backoffMs: [500],
      save: async () => {
        if (attempts++ === 0) throw new TypeError('Failed to fetch');
        return { ok: true, value: { id: 'a', version: 2, savedAt: '' } };
      },
    });
    saver.change('chữ');
    await vi.advanceTimersByTimeAsync(600);
    expect(saver.getState().kind).toBe('failed');
    expect(saver.unsaved()).toBe('chữ');
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.getState()).toEqual({ kind: 'saved', version: 2 });
  });
});
