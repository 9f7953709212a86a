// The house-style checker reads plain strings per field; the editor holds Slate nodes. These map
// one to the other: the article's blocks as the checker wants them (with where each lives), and a
// finding's fix applied back through Slate as one undo step.

import { Editor, Element, Node, Transforms, type Path, type Point } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { Block, FigureBlock } from '../../main/common/article/model.ts';
import { applyFix } from '../../main/common/vietnamese/style/checker.ts';
import type { StyleFinding, TextBlock } from '../../main/common/vietnamese/style/types.ts';
import '../editor/slate-types.ts';

/** Where a checked block lives: an element's text, or a figure's caption. */
export interface StyleTarget {
  path: Path;
  field: 'text' | 'caption';
  /** The text as checked, to refuse a fix when the passage changed since. */
  text: string;
}

/** The editor's article as the style checker reads it, each block with its place in the editor. */
export function styleBlocks(children: readonly Block[]): { blocks: TextBlock[]; targets: StyleTarget[] } {
  const blocks: TextBlock[] = [];
  const targets: StyleTarget[] = [];
  const add = (kind: TextBlock['kind'], text: string, id: string | undefined, path: Path, field: StyleTarget['field']) => {
    blocks.push({ kind, text, ...(id ? { id } : {}) });
    targets.push({ path, field, text });
  };
  children.forEach((block, i) => {
    switch (block.type) {
      case 'headline':
      case 'sapo':
        add(block.type, Node.string(block), block.id, [i], 'text');
        break;
      case 'figure':
        if (block.caption) add('caption', block.caption, block.id, [i], 'caption');
        break;
      case 'bulleted-list':
      case 'numbered-list':
        block.children.forEach((item, j) => add('paragraph', Node.string(item), item.id, [i, j], 'text'));
        break;
      default:
        add('paragraph', Node.string(block), block.id, [i], 'text');
    }
  });
  return { blocks, targets };
}

/** The point at a character offset of an element's text. */
export function pointAt(editor: Editor, path: Path, offset: number): Point {
  let seen = 0;
  let last: Point | null = null;
  for (const [text, at] of Node.texts(Node.get(editor, path))) {
    const full = path.concat(at);
    if (offset <= seen + text.text.length) return { path: full, offset: offset - seen };
    seen += text.text.length;
    last = { path: full, offset: text.text.length };
  }
  return last ?? Editor.start(editor, path);
}

/** Is the target's text still what was checked? */
export function targetUnchanged(editor: Editor, target: StyleTarget): boolean {
  if (!Node.has(editor, target.path)) return false;
  const node = Node.get(editor, target.path);
  if (!Element.isElement(node)) return false;
  const now = target.field === 'caption' ? ((node as { caption?: string }).caption ?? '') : Node.string(node);
  return now === target.text;
}

/** Applies a finding's fix through Slate (one undo step); false when the passage has changed. */
export function applyStyleFix(editor: Editor, target: StyleTarget, finding: StyleFinding): boolean {
  if (!finding.fix || !targetUnchanged(editor, target)) return false;
  const replacement = finding.fix.replacement;
  HistoryEditor.withNewBatch(editor, () => {
    if (target.field === 'caption') {
      Transforms.setNodes<FigureBlock>(editor, { caption: applyFix(target.text, finding) }, { at: target.path });
      return;
    }
    Editor.withoutNormalizing(editor, () => {
      const at = { anchor: pointAt(editor, target.path, finding.start), focus: pointAt(editor, target.path, finding.end) };
      if (finding.start === finding.end) Transforms.insertText(editor, replacement, { at: at.anchor });
      else Transforms.insertText(editor, replacement, { at });
    });
  });
  return true;
}
