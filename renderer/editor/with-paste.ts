// Paste into the article. HTML from Word, Google Docs and web pages goes through htmlToBlocks
// (main/common/paste: DOMPurify, then only what the article model holds: paragraphs, subheadings,
// quotes, lists, bold/italic/underline, safe links); plain text through textToBlocks (one
// paragraph per line, lists recognised, hard-wrapped text rejoined). Both give NFC text and
// fresh block ids. In the headline and the sapo the pasted lines join into one. Pictures are
// never inserted here: they go to `editor.onPastedImages` (the photo tools), if anyone listens.
// A copy inside Dateline (Slate's own fragment) is pasted as Slate does it.

import { Editor, Element, Node, Path, Range, Transforms, type Descendant } from 'slate';
import type { WindowLike } from 'dompurify';
import { newBlockId } from '../../main/common/article/ids.ts';
import {
  blockText,
  isListBlock,
  isListType,
  textBlocks,
  type BodyBlock,
  type ListItemBlock,
  type ParagraphBlock,
} from '../../main/common/article/model.ts';
import { htmlToBlocks, textToBlocks, type HtmlPasteOptions } from '../../main/common/paste/index.ts';
import { asCommand } from './formatting.ts';
import './slate-types.ts';

/** The clipboard as this module reads it (a DataTransfer has all of it). */
export interface ClipboardLike {
  types: readonly string[];
  getData(type: string): string;
  files?: ArrayLike<File>;
}

export interface PasteOptions {
  /** The window htmlToBlocks parses in (default: the renderer's own). */
  window?: WindowLike;
  /** Legacy-font text runs (TCVN3, VNI) into Unicode: see htmlToBlocks. */
  convertRun?: HtmlPasteOptions['convertRun'];
  /** Font-less plain text that may be legacy-encoded, into Unicode. */
  convertText?: (text: string) => string;
}

const SLATE_FRAGMENT = 'application/x-slate-fragment';
const INLINE_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'blockquote']);

const topType = (editor: Editor, i: number): string | undefined => {
  const n = editor.children[i];
  return n && Element.isElement(n) ? n.type : undefined;
};

/** The pasted blocks as list items, for a paste into a list (as Google Docs does). */
function asListItems(blocks: BodyBlock[]): ListItemBlock[] {
  return blocks.flatMap((b): ListItemBlock[] => {
    if (isListBlock(b)) return b.children;
    if (b.type === 'figure') return [];
    const item: ListItemBlock = { type: 'list-item', id: newBlockId(), children: (b as ParagraphBlock).children };
    return [item];
  });
}

const isEmptyTextBlock = (node: Node | undefined): boolean =>
  !!node && Element.isElement(node) && node.type === 'paragraph' && node.children.length === 1 && Node.string(node) === '';

/** Puts pasted body blocks at the caret, one undo step. Exported for tests. */
export function insertPastedBlocks(editor: Editor, blocks: BodyBlock[]): void {
  if (!editor.selection || blocks.length === 0) return;
  const i = Range.start(editor.selection).path[0];
  const type = topType(editor, i);
  if (type === 'headline' || type === 'sapo') {
    const line = textBlocks(blocks)
      .map((b) => blockText(b).trim())
      .filter(Boolean)
      .join(' ');
    if (line) asCommand(editor, () => editor.insertText(line));
    return;
  }
  asCommand(editor, () => {
    if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
    const sel = editor.selection;
    if (!sel) return;
    const at = sel.anchor.path[0];
    const here = editor.children[at];
    if (Element.isElement(here) && editor.isVoid(here)) {
      // A figure is selected: the paste goes after it.
      Transforms.insertNodes(editor, blocks as Descendant[], { at: [at + 1], select: true });
      return;
    }
    if (isListType(topType(editor, at))) {
      const items = asListItems(blocks);
      if (items.length) editor.insertFragment(items as Descendant[]);
      return;
    }
    if (isEmptyTextBlock(here)) {
      // An empty paragraph takes the pasted blocks as they are (a subheading stays one).
      Transforms.removeNodes(editor, { at: [at] });
      Transforms.insertNodes(editor, blocks as Descendant[], { at: [at] });
      Transforms.select(editor, Editor.end(editor, [at + blocks.length - 1]));
      return;
    }
    const first = blocks[0];
    const last = blocks[blocks.length - 1];
    if (INLINE_BLOCKS.has(first.type) && INLINE_BLOCKS.has(last.type)) {
      // Word's way: the first pasted paragraph joins the text before the caret, the last the text after.
      editor.insertFragment(blocks as Descendant[]);
      return;
    }
    // A list (or figure) at an edge cannot be merged into a paragraph: split it and put the blocks between.
    Transforms.splitNodes(editor, { match: (_n, p) => p.length === 1, always: true });
    const before = at;
    Transforms.insertNodes(editor, blocks as Descendant[], { at: [before + 1] });
    const afterPath: Path = [before + 1 + blocks.length];
    const lastInserted = before + blocks.length;
    Transforms.select(editor, Editor.end(editor, [lastInserted]));
    if (Node.has(editor, afterPath) && Node.string(Node.get(editor, afterPath)) === '' && editor.children.length > 3)
      Transforms.removeNodes(editor, { at: afterPath });
    if (Node.string(Node.get(editor, [before])) === '' && isEmptyTextBlock(editor.children[before]))
      Transforms.removeNodes(editor, { at: [before] });
  });
}

/** Picture files on the clipboard (a screenshot, a file copied in the file manager). */
const imageFiles = (data: ClipboardLike): File[] => Array.from(data.files ?? []).filter((f) => f.type.startsWith('image/'));

/**
 * The article's paste. Apply inside withNfc (which composes the clipboard's text first) and
 * after withReact when there is one; under Node it works on its own.
 */
export function withPaste<T extends Editor>(editor: T, options: PasteOptions = {}): T {
  const { insertData } = editor;

  editor.insertData = (data: DataTransfer) => {
    const clip = data as ClipboardLike;
    const types = Array.from(clip.types ?? []);
    if (types.includes(SLATE_FRAGMENT) && insertData) return insertData(data);

    const files = imageFiles(clip);
    const html = types.includes('text/html') ? clip.getData('text/html') : '';
    const win = options.window ?? (typeof window !== 'undefined' ? (window as unknown as WindowLike) : undefined);
    if (html && win) {
      const result = htmlToBlocks(html, { window: win, ...(options.convertRun ? { convertRun: options.convertRun } : {}) });
      if (files.length || result.images.length) editor.onPastedImages?.(files, result.images);
      // HTML with no words of its own (some apps send an empty shell): the plain text is the paste.
      if (result.blocks.length || result.images.length || files.length) return insertPastedBlocks(editor, result.blocks);
    } else if (files.length) {
      // Pictures with no HTML (a screenshot, files copied in the file manager, whose plain text
      // is only their names): the pictures are the paste.
      editor.onPastedImages?.(files, []);
      return;
    }
    const raw = types.includes('text/plain') ? clip.getData('text/plain') : '';
    if (!raw) return;
    const text = options.convertText ? options.convertText(raw) : raw;
    insertPastedBlocks(editor, textToBlocks(text));
  };
  return editor;
}

/**
 * The editable's onPaste: the paste event's clipboard, read here, holds every flavour in every
 * browser (Chromium's beforeinput copy may not, and a paste dispatched by a script or a test
 * gets no beforeinput at all). Taking it here also stops the browser's own paste.
 */
export function handlePaste(
  editor: Editor,
  event: { clipboardData: DataTransfer | null; defaultPrevented?: boolean; preventDefault(): void },
): void {
  if (event.defaultPrevented || !event.clipboardData) return;
  event.preventDefault();
  editor.insertData(event.clipboardData);
}
