// An article editor under Node as the window builds it, minus React: typing history, paste and
// the article's rules on a plain Slate editor, with a clock the test moves.

import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { createEditor, Editor, Element, Node, type Descendant } from 'slate';
import type { HistoryEditor } from 'slate-history';
import { withArticleRules } from '../../../renderer/editor/article-rules.ts';
import { withPaste, type PasteOptions } from '../../../renderer/editor/with-paste.ts';
import { withTypingHistory } from '../../../renderer/editor/with-typing-history.ts';

export const jsdomWindow = new JSDOM('').window as unknown as WindowLike;

export interface TestEditor {
  editor: Editor & HistoryEditor;
  /** Moves the history's clock on (ms). */
  wait(ms: number): void;
}

export function articleEditor(children: Descendant[], paste: PasteOptions = {}): TestEditor {
  let now = 1_000_000;
  const editor = withArticleRules(withPaste(withTypingHistory(createEditor(), { now: () => now }), { window: jsdomWindow, ...paste }));
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
