// @vitest-environment jsdom
// Canaries for what renderer/editor/slate-compat/ leans on inside slate, slate-dom, slate-react
// and slate-history (F1-F7 in frame-first.ts, H1-H4 in with-typing-history.ts). Each test names
// the assumption it checks, so an upgrade that changes one fails here, by name, rather than as
// a lost or doubled letter somewhere in the typing tests.
// These are the one place that builds bare Slate editors (createEditor, withReact, withHistory)
// on purpose: they check the libraries themselves, beneath createArticleEditor, so our plugins
// must not stand between the test and the behaviour it pins. Everything else uses the article
// editor (createArticleEditor, or test/unit/editor/helpers.ts).

import './jsdom-beforeinput.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement, act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEditor, Editor, Node, Transforms, type BaseOperation, type Descendant } from 'slate';
import { IS_NODE_MAP_DIRTY } from 'slate-dom';
import { HistoryEditor, withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import { FRAME_FIRST_CHECKED_AGAINST } from '../../../renderer/editor/slate-compat/frame-first.ts';
import { TYPING_HISTORY_CHECKED_AGAINST } from '../../../renderer/editor/slate-compat/with-typing-history.ts';

const installed = (pkg: string): string =>
  (JSON.parse(readFileSync(join(process.cwd(), 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const paragraph = (text: string): Descendant => ({ type: 'paragraph', id: `p-${text}`, children: [{ text }] }) as Descendant;
const microtasks = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
  host = null;
});

/** A withReact editor rendered in <Slate><Editable/></Slate> (the Slate props as given). */
function mounted(editor: Editor, slateProps: Record<string, unknown> = {}, children: Descendant[] = [paragraph('Đoạn')]): HTMLElement {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  act(() => root!.render(createElement(Slate, { editor, initialValue: children, ...slateProps, children: createElement(Editable) })));
  return host.querySelector('[data-slate-editor]') as HTMLElement;
}

describe('slate-compat: the versions checked against', () => {
  it('frame-first.ts was checked against the installed slate, slate-dom and slate-react (re-check F1-F7, then update FRAME_FIRST_CHECKED_AGAINST)', () => {
    for (const [pkg, version] of Object.entries(FRAME_FIRST_CHECKED_AGAINST)) expect(`${pkg}@${installed(pkg)}`).toBe(`${pkg}@${version}`);
  });
  it('with-typing-history.ts was checked against the installed slate-history (re-check H1-H4, then update TYPING_HISTORY_CHECKED_AGAINST)', () => {
    for (const [pkg, version] of Object.entries(TYPING_HISTORY_CHECKED_AGAINST))
      expect(`${pkg}@${installed(pkg)}`).toBe(`${pkg}@${version}`);
  });
});

describe('slate-compat: frame-first.ts', () => {
  it('F1 slate calls onChange once per change, from a microtask, with the change in editor.operations, and empties it after', async () => {
    const editor = createEditor();
    editor.children = [paragraph('Đoạn')];
    const seen: BaseOperation[][] = [];
    const { onChange } = editor;
    editor.onChange = (options) => {
      seen.push([...editor.operations]);
      onChange(options);
    };
    Transforms.insertText(editor, 'a', { at: { path: [0, 0], offset: 4 } });
    Transforms.insertText(editor, 'b', { at: { path: [0, 0], offset: 5 } });
    expect(seen).toEqual([]);
    await microtasks();
    expect(seen.map((ops) => ops.map((op) => op.type))).toEqual([['insert_text', 'insert_text']]);
    expect(editor.operations).toEqual([]);
  });

  it('F2 <Slate> tells a content change from a caret move by reading editor.operations when onChange runs', () => {
    const editor = withReact(createEditor());
    const onValueChange = vi.fn();
    mounted(editor, { onValueChange });
    const text: BaseOperation = { type: 'insert_text', path: [0, 0], offset: 0, text: '' };
    const caret: BaseOperation = {
      type: 'set_selection',
      properties: null,
      newProperties: { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 0 } },
    };
    act(() => {
      editor.operations = [caret];
      editor.onChange();
    });
    expect(onValueChange).not.toHaveBeenCalled();
    act(() => {
      editor.operations = [text];
      editor.onChange();
    });
    expect(onValueChange).toHaveBeenCalledTimes(1);
    editor.operations = [];
  });

  it('F3 the onChange withReact installs is the one that reaches <Slate> (calling it later renders)', () => {
    const editor = withReact(createEditor());
    const { onChange } = editor; // what withFrameFirst saves
    editor.onChange = () => undefined; // the change itself goes elsewhere
    const slateOnChange = vi.fn();
    mounted(editor, { onChange: slateOnChange });
    act(() => onChange());
    expect(slateOnChange).toHaveBeenCalledTimes(1);
  });

  it('F4 a text node changed by insert_text keeps its key: toDOMNode finds its element before React renders it', () => {
    const editor = withReact(createEditor());
    mounted(editor);
    const before = Node.get(editor, [0, 0]);
    const el = ReactEditor.toDOMNode(editor, before);
    Transforms.insertText(editor, 'a', { at: { path: [0, 0], offset: 4 } });
    Transforms.insertText(editor, 'b', { at: { path: [0, 0], offset: 5 } });
    const after = Node.get(editor, [0, 0]);
    expect(after).not.toBe(before);
    expect(ReactEditor.toDOMNode(editor, after)).toBe(el);
  });

  it('F5 findPath finds a node changed or moved since the last render (the node maps are stale)', () => {
    const editor = withReact(createEditor());
    mounted(editor, {}, [paragraph('Một'), paragraph('Hai')]);
    const second = Node.get(editor, [1]);
    Transforms.insertText(editor, 'a', { at: { path: [0, 0], offset: 3 } });
    Transforms.insertNodes(editor, paragraph('Mới'), { at: [0] });
    expect(ReactEditor.findPath(editor, Node.get(editor, [1, 0]))).toEqual([1, 0]);
    expect(ReactEditor.findPath(editor, second)).toEqual([2]);
  });

  it('F6 the node maps stay dirty until React renders, and Editable listens for beforeinput on its own element (after document capture)', async () => {
    const editor = withReact(createEditor());
    const added: { target: EventTarget; type: string; capture: boolean }[] = [];
    const add = EventTarget.prototype.addEventListener;
    const spy = vi.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (
      this: EventTarget,
      type,
      listener,
      options,
    ) {
      added.push({ target: this, type, capture: options === true || (typeof options === 'object' && options?.capture === true) });
      return add.call(this, type, listener, options);
    });
    const editable = mounted(editor);
    spy.mockRestore();
    expect(added.filter((a) => a.type === 'beforeinput')).toEqual([{ target: editable, type: 'beforeinput', capture: false }]);

    expect(IS_NODE_MAP_DIRTY.get(editor) ?? false).toBe(false);
    Transforms.insertText(editor, 'a', { at: { path: [0, 0], offset: 4 } });
    expect(IS_NODE_MAP_DIRTY.get(editor)).toBe(true);
    await act(async () => microtasks());
    expect(IS_NODE_MAP_DIRTY.get(editor)).toBe(false);
  });
});

describe('slate-compat: with-typing-history.ts', () => {
  it('H1 withHistory returns the same editor and replaces apply; the apply saved before it records nothing', () => {
    const editor = createEditor();
    editor.children = [paragraph('Đoạn')];
    const before = editor.apply;
    const e = withHistory(editor);
    expect(e).toBe(editor);
    expect(e.apply).not.toBe(before);
    before({ type: 'insert_text', path: [0, 0], offset: 4, text: 'a' });
    expect(Node.string(e)).toBe('Đoạna');
    expect(e.history).toEqual({ undos: [], redos: [] });
  });

  it('H2 a batch is { operations, selectionBefore } and writeHistory pushes it onto its stack', () => {
    const e = withHistory(createEditor());
    e.children = [paragraph('Đoạn')];
    Transforms.select(e, { path: [0, 0], offset: 4 });
    Transforms.insertText(e, 'a');
    expect(e.history.undos).toHaveLength(1);
    expect(Object.keys(e.history.undos[0]).sort()).toEqual(['operations', 'selectionBefore']);
    expect(Array.isArray(e.history.redos)).toBe(true);
    const batch = { operations: [], selectionBefore: null };
    e.writeHistory('undos', batch);
    expect(e.history.undos.at(-1)).toBe(batch);
  });

  it('H3 undo and redo apply through editor.apply with isSaving false, move the batch with writeHistory and restore selectionBefore', () => {
    const e = withHistory(createEditor());
    e.children = [paragraph('Đoạn')];
    Transforms.select(e, { path: [0, 0], offset: 4 });
    Transforms.insertText(e, 'a');
    const batch = e.history.undos[0];
    const applied: { type: string; saving: boolean | undefined }[] = [];
    const written: string[] = [];
    const { apply, writeHistory } = e;
    e.apply = (op) => {
      applied.push({ type: op.type, saving: HistoryEditor.isSaving(e) });
      apply(op);
    };
    e.writeHistory = (stack, b) => {
      written.push(stack);
      writeHistory(stack, b);
    };
    e.undo();
    expect(Node.string(e)).toBe('Đoạn');
    expect(e.selection?.anchor.offset).toBe(4);
    expect(applied.some((a) => a.type === 'remove_text' && a.saving === false)).toBe(true);
    expect(e.history.redos).toEqual([batch]);
    e.redo();
    expect(Node.string(e)).toBe('Đoạna');
    expect(written).toEqual(['redos', 'undos']);
    expect(applied.filter((a) => a.type !== 'set_selection').every((a) => a.saving === false)).toBe(true);
  });

  it('H4 the flags: unset by default, set for the callback by withoutSaving/withMerging/withoutMerging; withNewBatch sets isSplittingOnce', () => {
    const e = withHistory(createEditor());
    expect([HistoryEditor.isSaving(e), HistoryEditor.isMerging(e), HistoryEditor.isSplittingOnce(e)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const seen: unknown[] = [];
    HistoryEditor.withoutSaving(e, () => seen.push(HistoryEditor.isSaving(e)));
    HistoryEditor.withMerging(e, () => seen.push(HistoryEditor.isMerging(e)));
    HistoryEditor.withoutMerging(e, () => seen.push(HistoryEditor.isMerging(e)));
    HistoryEditor.withNewBatch(e, () => {
      seen.push(HistoryEditor.isSplittingOnce(e));
      HistoryEditor.setSplittingOnce(e, undefined);
      seen.push(HistoryEditor.isSplittingOnce(e));
    });
    expect(seen).toEqual([false, true, false, true, undefined]);
    expect([HistoryEditor.isSaving(e), HistoryEditor.isMerging(e), HistoryEditor.isSplittingOnce(e)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(Editor.isEditor(e)).toBe(true);
  });
});
