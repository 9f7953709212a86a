// The article's shape: a headline, then the sapo, then at least one body block, always in that
// order. Headline and sapo are single paragraphs: Enter moves on to the next block instead of
// splitting them, Backspace/Delete at their edges move the caret instead of merging blocks, and
// text pasted into them joins its lines.

import { Editor, Element, Node, Range, Text, Transforms, type Descendant, type Point } from 'slate';
import { newBlockId } from '../../main/common/article/ids.ts';
import type { Block } from '../../main/common/article/model.ts';
import { repeatedPrefix, splitPrefix } from '../../main/common/article/sapo.ts';

const BODY_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'blockquote', 'bulleted-list', 'numbered-list', 'figure']);

const emptyBlock = (type: 'headline' | 'sapo' | 'paragraph'): Block => ({ type, id: newBlockId(), children: [{ text: '' }] });

/** Index of the top-level block holding the caret, or -1. */
export function currentBlockIndex(editor: Editor): number {
  const sel = editor.selection;
  if (!sel) return -1;
  const start = Range.start(sel).path[0];
  return start ?? -1;
}

const typeAt = (children: Descendant[], i: number): string | undefined => {
  const node = children[i];
  return node && Element.isElement(node) ? node.type : undefined;
};

/** One repair of the top-level order, or false when it is right. Slate normalises again after each. */
function repairOrder(editor: Editor): boolean {
  const children = editor.children;
  if (typeAt(children, 0) !== 'headline') {
    Transforms.insertNodes(editor, emptyBlock('headline'), { at: [0] });
    return true;
  }
  if (typeAt(children, 1) !== 'sapo') {
    Transforms.insertNodes(editor, emptyBlock('sapo'), { at: [1] });
    return true;
  }
  for (let i = 2; i < children.length; i++) {
    const type = typeAt(children, i);
    // A second headline or sapo (a split, a paste) keeps its words as a paragraph.
    if (type === undefined || !BODY_TYPES.has(type)) {
      if (type === undefined) Transforms.wrapNodes(editor, emptyBlock('paragraph'), { at: [i] });
      else Transforms.setNodes<Element>(editor, { type: 'paragraph' } as Partial<Element>, { at: [i] });
      return true;
    }
  }
  if (children.length < 3) {
    Transforms.insertNodes(editor, emptyBlock('paragraph'), { at: [children.length] });
    return true;
  }
  return false;
}

/**
 * `BHG - BHG - Nhận thức…` (a whole sapo pasted after the prefix, or the prefix typed again by
 * habit): the repeat goes as soon as a word follows it, so the sapo keeps its prefix once and
 * the reporter can still edit it freely. Only within the sapo's first run of text.
 */
function dropRepeatedPrefix(editor: Editor): boolean {
  const sapo = editor.children[1];
  if (!sapo || !Element.isElement(sapo) || sapo.type !== 'sapo') return false;
  const span = repeatedPrefix(Node.string(sapo));
  const first = sapo.children[0];
  if (!span || !first || !Text.isText(first) || first.text.length < span.end) return false;
  Transforms.delete(editor, { at: { anchor: { path: [1, 0], offset: span.start }, focus: { path: [1, 0], offset: span.end } } });
  return true;
}

/**
 * Where the sapo's own words start: after the paper's prefix (`BHG - `) the new article comes
 * with, so that Enter in the headline and typing on at once writes after it, not before it.
 */
function afterSapoPrefix(editor: Editor): Point {
  const sapo = editor.children[1];
  const first = sapo && Element.isElement(sapo) ? sapo.children[0] : undefined;
  if (!first || !Text.isText(first)) return Editor.start(editor, [1]);
  const { prefix, rest } = splitPrefix(first.text);
  return prefix ? { path: [1, 0], offset: first.text.length - rest.length } : Editor.start(editor, [1]);
}

export function withStructure<T extends Editor>(editor: T): T {
  const { normalizeNode, insertBreak, insertSoftBreak, deleteBackward, deleteForward } = editor;

  editor.normalizeNode = (entry, options) => {
    if (entry[1].length === 0 && repairOrder(editor)) return;
    if (entry[1].length === 1 && entry[1][0] === 1 && dropRepeatedPrefix(editor)) return;
    normalizeNode(entry, options);
  };

  const moveOn = (): boolean => {
    const i = currentBlockIndex(editor);
    if (i !== 0 && i !== 1) return false;
    if (editor.selection && Range.isExpanded(editor.selection)) Transforms.collapse(editor, { edge: 'end' });
    Transforms.select(editor, i === 0 ? afterSapoPrefix(editor) : Editor.start(editor, [i + 1]));
    return true;
  };
  editor.insertBreak = () => {
    if (!moveOn()) insertBreak();
  };
  editor.insertSoftBreak = () => {
    if (!moveOn()) insertSoftBreak();
  };

  editor.deleteBackward = (unit) => {
    const sel = editor.selection;
    if (sel && Range.isCollapsed(sel)) {
      const i = sel.anchor.path[0];
      if ((i === 0 || i === 1 || i === 2) && Editor.isStart(editor, sel.anchor, [i])) {
        if (i === 0) return;
        // An empty first body paragraph with others after it simply goes away.
        if (i === 2 && editor.children.length > 3 && Editor.string(editor, [2]) === '' && typeAt(editor.children, 2) === 'paragraph') {
          Transforms.removeNodes(editor, { at: [2] });
        }
        // Merging would pour the sapo into the headline, or the body into the sapo.
        Transforms.select(editor, Editor.end(editor, [i - 1]));
        return;
      }
    }
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    const sel = editor.selection;
    if (sel && Range.isCollapsed(sel)) {
      const i = sel.anchor.path[0];
      if ((i === 0 || i === 1) && Editor.isEnd(editor, sel.anchor, [i])) return;
    }
    deleteForward(unit);
  };

  // Only with slate-react (insertTextData is a DOM editor method): pasted lines join in headline/sapo.
  const { insertTextData } = editor;
  if (typeof insertTextData === 'function') {
    editor.insertTextData = (data) => {
      const i = currentBlockIndex(editor);
      const text = data.getData('text/plain');
      if ((i === 0 || i === 1) && text) {
        editor.insertText(text.replace(/(?<!\s)\s*[\r\n]+\s*/g, ' ').trim());
        return true;
      }
      return insertTextData(data);
    };
  }
  return editor;
}
