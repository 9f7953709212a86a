// Keyboard shortcuts (renderer/editor/shortcuts.ts): the mapping, Windows and macOS, and nothing
// at all while an input method composes (editor.md, A13).

import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms } from 'slate';
import { onLinkPrompt } from '../../../renderer/editor/formatting.ts';
import { commandFor, handleEditorKeyDown, isComposingKey, type KeyEventLike } from '../../../renderer/editor/shortcuts.ts';
import { article, articleEditor, block, types } from './helpers.ts';

type Keys = Partial<KeyEventLike> & { key: string };

function key(k: Keys): KeyEventLike & { prevented: boolean } {
  const e = {
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    prevented: false,
    ...k,
    preventDefault() {
      e.prevented = true;
    },
  };
  return e;
}

const ctrl = (k: string, extra: Partial<KeyEventLike> = {}) => key({ key: k, ctrlKey: true, ...extra });

describe('commandFor', () => {
  it('maps the Word / Google Docs keys on Windows and Linux', () => {
    expect(commandFor(ctrl('b', { code: 'KeyB' }), false)).toEqual({ kind: 'mark', mark: 'bold' });
    expect(commandFor(ctrl('I'), false)).toEqual({ kind: 'mark', mark: 'italic' });
    expect(commandFor(ctrl('u'), false)).toEqual({ kind: 'mark', mark: 'underline' });
    expect(commandFor(ctrl('k'), false)).toEqual({ kind: 'link' });
    expect(commandFor(ctrl('2', { altKey: true, code: 'Digit2' }), false)).toEqual({ kind: 'block', format: 'heading-2' });
    expect(commandFor(ctrl('3', { altKey: true, code: 'Digit3' }), false)).toEqual({ kind: 'block', format: 'heading-3' });
    expect(commandFor(ctrl('0', { altKey: true, code: 'Digit0' }), false)).toEqual({ kind: 'block', format: 'paragraph' });
    // Shift turns 7, 8, 9 into &, *, ( on US keys: the physical key decides.
    expect(commandFor(ctrl('&', { shiftKey: true, code: 'Digit7' }), false)).toEqual({ kind: 'block', format: 'numbered-list' });
    expect(commandFor(ctrl('*', { shiftKey: true, code: 'Digit8' }), false)).toEqual({ kind: 'block', format: 'bulleted-list' });
    expect(commandFor(ctrl('(', { shiftKey: true, code: 'Digit9' }), false)).toEqual({ kind: 'block', format: 'blockquote' });
    expect(commandFor(ctrl('z'), false)).toEqual({ kind: 'undo' });
    expect(commandFor(ctrl('y'), false)).toEqual({ kind: 'redo' });
    expect(commandFor(ctrl('Z', { shiftKey: true, code: 'KeyZ' }), false)).toEqual({ kind: 'redo' });
    expect(commandFor(key({ key: 'Tab' }), false)).toEqual({ kind: 'tab' });
    expect(commandFor(key({ key: 'Tab', shiftKey: true }), false)).toEqual({ kind: 'tab' });
    expect(commandFor(key({ key: 'b' }), false)).toBeNull();
    expect(commandFor(ctrl('c'), false)).toBeNull();
    expect(commandFor(ctrl('b', { shiftKey: true }), false)).toBeNull();
  });

  it('uses Cmd on macOS, where Ctrl is not the command key', () => {
    expect(commandFor(key({ key: 'b', metaKey: true }), true)).toEqual({ kind: 'mark', mark: 'bold' });
    expect(commandFor(ctrl('b'), true)).toBeNull();
    expect(commandFor(key({ key: 'y', metaKey: true }), true)).toBeNull();
    expect(commandFor(key({ key: 'b', metaKey: true }), false)).toBeNull();
  });

  it('means nothing while an input method composes', () => {
    for (const composing of [{ nativeEvent: { isComposing: true } }, { key: 'Process' }, { keyCode: 229 }]) {
      const e = ctrl('b', composing);
      expect(isComposingKey(e)).toBe(true);
      expect(commandFor(e, false)).toBeNull();
    }
    expect(isComposingKey(ctrl('b', { keyCode: 66, nativeEvent: { isComposing: false } }))).toBe(false);
  });
});

describe('handleEditorKeyDown', () => {
  it('makes the selection bold on Ctrl+B and prevents the browser’s own bold', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Đậm nhạt')));
    Transforms.select(editor, { anchor: { path: [2, 0], offset: 0 }, focus: { path: [2, 0], offset: 3 } });
    const e = ctrl('b', { code: 'KeyB' });
    handleEditorKeyDown(editor, e, { isMac: false });
    expect(e.prevented).toBe(true);
    expect(editor.children[2]).toMatchObject({ children: [{ text: 'Đậm', bold: true }, { text: ' nhạt' }] });
  });

  it('changes nothing and leaves the key to the IME mid-composition (Ctrl+B, Enter)', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Đậm nhạt')));
    Transforms.select(editor, { anchor: { path: [2, 0], offset: 0 }, focus: { path: [2, 0], offset: 3 } });
    const before = JSON.stringify(editor.children);
    for (const e of [
      ctrl('b', { nativeEvent: { isComposing: true } }),
      ctrl('b', { keyCode: 229 }),
      key({ key: 'Process', ctrlKey: true, code: 'Digit2', altKey: true }),
      key({ key: 'Enter', keyCode: 229 }),
    ]) {
      handleEditorKeyDown(editor, e, { isMac: false });
      expect(e.prevented).toBe(false);
    }
    expect(JSON.stringify(editor.children)).toBe(before);
  });

  it('toggles a list on Ctrl+Shift+8 and undoes it on Ctrl+Z', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Một')));
    Transforms.select(editor, Editor.end(editor, [2]));
    handleEditorKeyDown(editor, ctrl('*', { shiftKey: true, code: 'Digit8' }), { isMac: false });
    expect(types(editor)).toEqual(['headline', 'sapo', 'bulleted-list(1)']);
    handleEditorKeyDown(editor, ctrl('z', { code: 'KeyZ' }), { isMac: false });
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph']);
    handleEditorKeyDown(editor, ctrl('y', { code: 'KeyY' }), { isMac: false });
    expect(types(editor)).toEqual(['headline', 'sapo', 'bulleted-list(1)']);
  });

  it('opens the link dialog on Ctrl+K, but not in the headline', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Một')));
    let opened = 0;
    const off = onLinkPrompt(editor, () => opened++);
    Transforms.select(editor, Editor.end(editor, [2]));
    handleEditorKeyDown(editor, ctrl('k'), { isMac: false });
    Transforms.select(editor, Editor.end(editor, [0]));
    handleEditorKeyDown(editor, ctrl('k'), { isMac: false });
    expect(opened).toBe(1);
    off();
  });

  it('keeps Tab in the editor without typing a tab, and lets it go after Escape', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Một')));
    Transforms.select(editor, Editor.end(editor, [2]));
    const tab = key({ key: 'Tab' });
    handleEditorKeyDown(editor, tab, { isMac: false });
    expect(tab.prevented).toBe(true);
    expect(Node.string(editor)).not.toContain('\t');
    handleEditorKeyDown(editor, key({ key: 'Escape' }), { isMac: false });
    const leave = key({ key: 'Tab' });
    handleEditorKeyDown(editor, leave, { isMac: false });
    expect(leave.prevented).toBe(false);
  });
});
