// The article editor under Node, made as the window makes it (createArticleEditor), with a clock
// the test moves and paste reading HTML in jsdom.

import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { Editor, Element, Node, type Descendant } from 'slate';
import type { HistoryEditor } from 'slate-history';
import { createArticleEditor } from '../../../renderer/editor/create-editor.ts';
import type { PasteOptions } from '../../../renderer/editor/with-paste.ts';

export const jsdomWindow = new JSDOM('').window as unknown as WindowLike;

export interface TestEditor {
  editor: Editor & HistoryEditor;
  /** Moves the history's clock on (ms). */
  wait(ms: number): void;
}

export function articleEditor(children: Descendant[], paste: PasteOptions = {}): TestEditor {
  let now = 1_000_000;
  const editor = createArticleEditor({ history: { now: () => now }, paste: { window: jsdomWindow, ...paste } });
  editor.children = children;
  Editor.normalize(editor, { force: true });
  return { editor, wait: (ms) => void (now += ms) };
}

export const block = (type: string, text: string, extra: Record<string, unknown> = {}): Descendant =>
  ({ type, id: `${type}-${text.slice(0, 6)}-${Math.random().toString(36).slice(2, 7)}`, ...extra, children: [{ text }] }) as Descendant;

/** headline, sapo, then the given body blocks. */
export const article = (...body: Descendant[]): Descendant[] => [block('headline', 'Tiêu đề'), block('sapo', 'BHG - Sapo'), ...body];

export const types = (e: Editor): string[] =>
  e.children.map((n) => {
    if (!Element.isElement(n)) return 'text';
    if (n.type === 'heading') return `h${n.level}`;
    if (n.type === 'bulleted-list' || n.type === 'numbered-list') return `${n.type}(${n.children.length})`;
    return n.type;
  });
export const texts = (e: Editor): string[] => e.children.map((n) => Node.string(n));

/** Lets Slate end the current change (it clears editor.operations in a microtask), as between keystrokes. */
export const endOfChange = async (): Promise<void> => {
  await Promise.resolve();
  await Promise.resolve();
};
