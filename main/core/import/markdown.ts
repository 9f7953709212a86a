// The Markdown a reporter writes a draft in, read into draft blocks: headings (`#`, setext),
// paragraphs, `>` quotes, `-`/`1.` lists, **bold**, *italic*, [links](…), images, code (as
// plain text). No Markdown library ships with the app, and this subset is all a news draft uses;
// anything else (tables, raw HTML) stays as the literal text it is, so nothing is dropped.

import type { Inline, LinkInline, TextRun } from '../../common/article/model.ts';
import { isSafeUrl } from '../../common/text/urls.ts';
import type { DraftBlock, ListDraft, TextDraft } from './draft.ts';

interface Marks {
  bold?: boolean;
  italic?: boolean;
}

function run(text: string, marks: Marks): TextRun {
  const r: TextRun = { text };
  if (marks.bold) r.bold = true;
  if (marks.italic) r.italic = true;
  return r;
}

/** Finds the closing delimiter for emphasis that opened at `from`, or -1. */
function closing(src: string, delim: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '`') {
      const end = src.indexOf('`', i + 1);
      if (end > 0) i = end;
      continue;
    }
    if (!src.startsWith(delim, i) || /\s/.test(src[i - 1] ?? ' ')) continue;
    // A single `*` inside `**…**` is not our closer.
    if (delim.length === 1 && src[i + 1] === delim && src[i - 1] !== delim) {
      i++;
      continue;
    }
    // `_` only closes at a word's end: snake_case stays as written.
    if (delim[0] === '_' && /[\p{L}\p{N}]/u.test(src[i + delim.length] ?? '')) continue;
    if (i > from) return i;
  }
  return -1;
}

/** Inline Markdown to runs and links. */
export function parseInline(src: string, marks: Marks = {}): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const push = (): void => {
    if (text) out.push(run(text, marks));
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\\' && i + 1 < src.length && /[!-/:-@[-`{-~]/.test(src[i + 1])) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const ticks = /^`+/.exec(src.slice(i))![0];
      const end = src.indexOf(ticks, i + ticks.length);
      if (end > 0) {
        text += src.slice(i + ticks.length, end).trim();
        i = end + ticks.length;
        continue;
      }
    }
    // [text](url) and ![alt](src): an image inside running text keeps its words.
    // The URL may hold one level of balanced parentheses (Wikipedia links do).
    const link = /^(!?)\[((?:\\.|[^\]\\])*)\]\(\s*(?!\s)<?((?:[^()\s>]|\([^()\s]*\))*)>?\s*(?:(?<=\s)["'(][^)]*["')]\s*)?\)/.exec(
      src.slice(i),
    );
    if (link) {
      const [all, bang, label, url] = link;
      if (bang || !isSafeUrl(url)) {
        push();
        out.push(...parseInline(label, marks));
      } else {
        push();
        const runs = parseInline(label, marks).flatMap((n) => ('text' in n ? [n] : n.children));
        const node: LinkInline = { type: 'link', url, children: runs.length ? runs : [{ text: url }] };
        out.push(node);
      }
      i += all.length;
      continue;
    }
    const auto = /^<((?:https?:|mailto:)[^\s>]+)>/i.exec(src.slice(i));
    if (auto) {
      push();
      out.push({ type: 'link', url: auto[1], children: [run(auto[1], marks)] });
      i += auto[0].length;
      continue;
    }
    if (ch === '*' || ch === '_') {
      const delim = src.startsWith(ch.repeat(3), i) ? ch.repeat(3) : src.startsWith(ch.repeat(2), i) ? ch.repeat(2) : ch;
      const opensWord = !/\s/.test(src[i + delim.length] ?? ' ') && (ch === '*' || !/[\p{L}\p{N}]/u.test(src[i - 1] ?? ''));
      const end = opensWord ? closing(src, delim, i + delim.length) : -1;
      if (end > 0) {
        push();
        const inner = src.slice(i + delim.length, end);
        const next: Marks = { ...marks };
        if (delim.length >= 2) next.bold = true;
        if (delim.length !== 2) next.italic = true;
        out.push(...parseInline(inner, next));
        i = end + delim.length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  push();
  return out.length ? out : [{ text: '' }];
}

// The heading's text and its optional closing `#`s are told apart by atxText, not by the regex
// (two lazy and greedy runs of spaces there made it quadratic on a long line of spaces).
const ATX = /^ {0,3}(#{1,6})(?![^ \t])(.*)$/;
const BULLET = /^ {0,3}([-*+])[ \t]+(?![ \t])(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(?![ \t])(.*)$/;

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** An ATX heading's text: `## Title ##` → `Title` (the closing `#`s only after a space, or alone). */
function atxText(rest: string): string {
  let end = rest.length;
  while (end > 0 && isBlank(rest[end - 1])) end--;
  let hashes = end;
  while (hashes > 0 && rest[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === 0 || isBlank(rest[hashes - 1]))) end = hashes;
  let start = 0;
  while (start < end && isBlank(rest[start])) start++;
  while (end > start && isBlank(rest[end - 1])) end--;
  return rest.slice(start, end);
}
const QUOTE = /^ {0,3}> ?(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const IMAGE_LINE = /^ {0,3}!\[((?:\\.|[^\]\\])*)\]\([^)]*\)\s*$/;

function heading(level: number, text: string): TextDraft {
  const children = parseInline(text.trim());
  if (level === 1) return { type: 'headline', children };
  return { type: 'heading', level: level === 2 ? 2 : 3, children };
}

/** Markdown source to draft blocks, in order. */
export function parseMarkdown(source: string): DraftBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: DraftBlock[] = [];
  let para: string[] = [];
  let list: { draft: ListDraft; item: string[] } | null = null;

  const flushPara = (): void => {
    if (para.length) blocks.push({ type: 'paragraph', children: parseInline(para.map((l) => l.trim()).join(' ')) });
    para = [];
  };
  const flushItem = (): void => {
    if (list && list.item.length) list.draft.children.push({ type: 'list-item', children: parseInline(list.item.join(' ')) });
    if (list) list.item = [];
  };
  const flushList = (): void => {
    flushItem();
    if (list?.draft.children.length) blocks.push(list.draft);
    list = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      flushPara();
      flushItem();
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flushPara();
      flushList();
      // Code in a news draft is quoted text (a statute, a command): kept, one paragraph per line.
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++) {
        if (lines[i].trim()) blocks.push({ type: 'paragraph', children: [{ text: lines[i] }] });
      }
      continue;
    }
    // Setext: a line of === or --- under paragraph text makes it a heading.
    if (para.length && /^ {0,3}=+\s*$/.test(line)) {
      blocks.push(heading(1, para.join(' ')));
      para = [];
      continue;
    }
    if (para.length && /^ {0,3}-+\s*$/.test(line)) {
      blocks.push(heading(2, para.join(' ')));
      para = [];
      continue;
    }
    if (RULE.test(line)) {
      flushPara();
      flushList();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flushPara();
      flushList();
      const title = atxText(atx[2]);
      if (title.trim()) blocks.push(heading(atx[1].length, title));
      continue;
    }
    const image = IMAGE_LINE.exec(line);
    if (image && !para.length) {
      flushList();
      blocks.push({ type: 'image', alt: image[1].replace(/\\(.)/g, '$1') });
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      flushPara();
      flushList();
      const parts: string[] = [];
      for (; i < lines.length; i++) {
        const q = QUOTE.exec(lines[i]);
        if (!q) {
          i--;
          break;
        }
        if (q[1].trim()) parts.push(q[1].trim());
        else if (parts.length) {
          blocks.push({ type: 'blockquote', children: parseInline(parts.join(' ')) });
          parts.length = 0;
        }
      }
      if (parts.length) blocks.push({ type: 'blockquote', children: parseInline(parts.join(' ')) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = bullet ? null : ORDERED.exec(line);
    if (bullet || ordered) {
      flushPara();
      const type = bullet ? 'bulleted-list' : 'numbered-list';
      if (!list || list.draft.type !== type) {
        flushList();
        list = { draft: { type, children: [] }, item: [] };
      }
      flushItem();
      list.item.push(((bullet ?? ordered)![2] ?? '').trim());
      continue;
    }
    if (list && (/^\s+/.test(line) || list.item.length)) {
      // An indented or lazy continuation line belongs to the current item.
      list.item.push(line.trim());
      continue;
    }
    flushList();
    para.push(line);
  }
  flushPara();
  flushList();
  return blocks;
}
