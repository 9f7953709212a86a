// The one way to follow the article editor's changes (renderer/editor/editor-changes.ts):
// `registerUpdateListener`, installed by createArticleEditor, each returning its own unsubscribe.

import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import type { EditorUpdate } from '../../../renderer/editor/editor-changes.ts';
import { article, articleEditor, block, endOfChange } from './helpers.ts';

const typed = () => {
  const { editor } = articleEditor(article(block('paragraph', 'Đoạn')));
  Transforms.select(editor, Editor.end(editor, [2]));
  return editor;
};

describe('registerUpdateListener', () => {
  it('reports each change once, with its operations and whether the article changed', async () => {
    const editor = typed();
    await endOfChange();
    const seen: EditorUpdate[] = [];
    editor.registerUpdateListener((u) => seen.push(u));
    editor.insertText(' văn');
    await endOfChange();
    Transforms.move(editor, { distance: 1, reverse: true });
    await endOfChange();
    expect(seen.map((u) => u.contentChanged)).toEqual([true, false]);
    expect(seen[0].operations.some((op) => op.type === 'insert_text' && op.text === ' văn')).toBe(true);
    expect(seen[1].operations.every((op) => op.type === 'set_selection')).toBe(true);
  });

  it('unsubscribes only the registration it was returned for, whatever the order', async () => {
    const editor = typed();
    const calls: string[] = [];
    // Spelling mounts first, the Saver after it; spelling unmounting must not unhook the Saver
    // (with onChange wrapped and put back by assignment, it did).
    const stopSpelling = editor.registerUpdateListener(() => calls.push('spelling'));
    const stopSaver = editor.registerUpdateListener(() => calls.push('saver'));
    const counter = () => calls.push('counts');
    const stopCounts = editor.registerUpdateListener(counter);
    const stopCountsAgain = editor.registerUpdateListener(counter);
    stopSpelling();
    stopCountsAgain();
    editor.insertText('a');
    await endOfChange();
    expect(calls).toEqual(['saver', 'counts']);
    stopSaver();
    stopCounts();
    editor.insertText('b');
    await endOfChange();
    expect(calls).toEqual(['saver', 'counts']);
  });

  it('lets a listener unsubscribe another while a change is being reported', async () => {
    const editor = typed();
    const calls: string[] = [];
    let stopSecond = (): void => undefined;
    editor.registerUpdateListener(() => {
      calls.push('first');
      stopSecond();
    });
    stopSecond = editor.registerUpdateListener(() => calls.push('second'));
    editor.insertText('a');
    await endOfChange();
    expect(calls).toEqual(['first']);
  });
});
