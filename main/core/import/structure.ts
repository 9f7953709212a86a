// Recognising an article in a draft, whatever format it came in: headline, publish time, sapo,
// body, photo captions, byline, and the web page's furniture after the story. What is not sure
// stays in the body as a paragraph; what is kept out of the body goes to the report's notes.
// Nothing the reporter wrote is dropped.

import type { Byline, Inline, TextRun } from '../../common/article/model.ts';
import { parseByline } from '../../common/article/byline.ts';
import { ensurePrefix, splitPrefix } from '../../common/article/sapo.ts';
import { parseDate, parsePublishTime } from '../../common/article/time.ts';
import type { ImportWarning, RelatedHint } from '../../common/contract/import.ts';
import { nfc } from '../../common/text/nfc.ts';
import { allBold, draftText, inlineText, type DraftBlock, type TextDraft } from './draft.ts';

export interface RecognizeOptions {
  /** The paper's prefix from the settings (`BHG`); '' when the paper uses none. */
  prefix: string;
}

export interface Recognized {
  /** Loose blocks for normalizeContent: headline, sapo (when found), body. */
  content: Array<Record<string, unknown>>;
  publishAt: string | null;
  byline: Byline | null;
  notes: string[];
  related: RelatedHint[];
  captions: string[];
  warnings: ImportWarning[];
}

/** How far into the draft a title mark (h1, Word's Title) still names the headline. */
const TITLE_WINDOW = 5;
/** How many blocks after the headline may hold the time, and the sapo. */
const TIME_WINDOW = 3;
const SAPO_WINDOW = 3;
const LONG_HEADLINE = 250;
const MAX_BYLINE = 160;
const MAX_CAPTION = 300;
/** A first paragraph longer than this is story, not a sapo, when nothing else marks it. */
const MAX_UNMARKED_SAPO = 1200;
const MIN_UNMARKED_SAPO = 40;

// Lines that open the page's furniture after the story; everything from there on is not story.
const FURNITURE = new Set([
  'ý kiến bạn đọc',
  'ý kiến của bạn',
  'gửi ý kiến',
  'gửi ý kiến của bạn',
  'gửi bình luận',
  'bình luận',
  'cùng chuyên mục',
  'tin cùng chuyên mục',
  'bài cùng chuyên mục',
  'tin liên quan',
  'bài liên quan',
  'tin khác',
  'các tin khác',
  'tin mới',
  'tin mới nhất',
  'tin đọc nhiều',
  'đọc nhiều nhất',
  'xem nhiều nhất',
  'xem thêm',
  'từ khóa',
  'từ khoá',
]);
// Of those, the ones followed by a list of other articles (headline, sapo, date).
const RELATED = /chuyên mục|liên quan|tin khác|tin mới|nhiều|xem thêm/u;

const tidy = (s: string): string => nfc(s).replace(/\s+/gu, ' ').trim();
const key = (s: string): string =>
  tidy(s)
    .replace(/(?<![:：.])[:：.]+$/u, '')
    .trim()
    .toLocaleLowerCase('vi');

const isText = (b: DraftBlock): b is TextDraft =>
  b.type === 'paragraph' || b.type === 'headline' || b.type === 'heading' || b.type === 'blockquote';

/** Runs with the white space at both ends of the block taken off (inside runs, marks kept). */
function trimInlines(children: Inline[]): Inline[] {
  const out = children.map((c) => ({ ...c }));
  const first = out.find((c) => 'text' in c);
  if (first && 'text' in first) first.text = first.text.replace(/^\s+/u, '');
  const last = [...out].reverse().find((c) => 'text' in c);
  if (last && 'text' in last) last.text = last.text.trimEnd();
  return out;
}

/** Removes the first `count` characters from the runs (the typed prefix), keeping the marks of the rest. */
function dropLeading(children: Inline[], count: number): Inline[] {
  const out: Inline[] = [];
  let left = count;
  for (const c of children) {
    if (left > 0 && 'text' in c) {
      const take = Math.min(left, c.text.length);
      left -= take;
      if (c.text.length > take) out.push({ ...c, text: c.text.slice(take) });
      continue;
    }
    out.push(c);
  }
  return out;
}

/** The sapo's runs with the paper's prefix written the house way, once; the rest keeps its marks. */
function withCanonicalPrefix(children: Inline[], prefix: string): Inline[] {
  const text = inlineText(children);
  let rest = text;
  for (let s = splitPrefix(rest, prefix); s.prefix; s = splitPrefix(rest, prefix)) rest = s.rest;
  const body = dropLeading(children, text.length - rest.length);
  const first = body.find((c) => 'text' in c);
  if (first && 'text' in first) first.text = first.text.replace(/^\s+/u, '');
  return [{ text: ensurePrefix('', prefix) }, ...body];
}

/** A run list without bold: a sapo is shown bold by the paper, a bold mark on all of it adds nothing. */
const unbold = (children: Inline[]): Inline[] =>
  children.map((c) => {
    if ('text' in c) {
      const { bold: _bold, ...run } = c;
      return run;
    }
    return { ...c, children: c.children.map(({ bold: _bold, ...run }): TextRun => run) };
  });

/** Related articles as the page lists them after `Cùng chuyên mục`: headline, sapo lines, a date. */
function relatedHints(lines: string[]): RelatedHint[] {
  const out: RelatedHint[] = [];
  let group: string[] = [];
  for (const line of lines) {
    if (parseDate(line)) {
      if (group.length) out.push({ headline: group[0], sapo: group.slice(1).join(' '), date: line });
      group = [];
    } else {
      group.push(line);
    }
  }
  return out;
}

/** Recognises headline, time, sapo, body, captions and byline in draft blocks. */
export function recognizeArticle(draft: DraftBlock[], options: RecognizeOptions): Recognized {
  const warnings: ImportWarning[] = [];
  const notes: string[] = [];
  const captions: string[] = [];
  let related: RelatedHint[] = [];

  // Empty blocks carry nothing; text blocks lose the white space at their edges.
  let blocks: DraftBlock[] = draft
    .map((b) => (isText(b) ? { ...b, children: trimInlines(b.children) } : b))
    .filter((b) => b.type === 'image' || draftText(b).trim() !== '');

  // The headline: a title mark near the top, else the first line of text.
  const firstTexts = blocks.map((b, i) => (isText(b) ? i : -1)).filter((i) => i >= 0);
  const headlineAt = firstTexts.slice(0, TITLE_WINDOW).find((i) => blocks[i].type === 'headline') ?? firstTexts[0] ?? -1;
  let headline = '';
  if (headlineAt >= 0) {
    // Above a marked title is the page's own matter (menus, a kicker): kept, out of the body.
    for (const b of blocks.slice(0, headlineAt)) if (draftText(b).trim()) notes.push(tidy(draftText(b)));
    headline = tidy(draftText(blocks[headlineAt]));
    blocks = blocks.slice(headlineAt + 1);
    if (headline.length > LONG_HEADLINE) warnings.push({ code: 'headline-long', params: { length: headline.length } });
  }

  // The furniture: from the first marker line to the end.
  const cut = blocks.findIndex((b) => isText(b) && b.type !== 'blockquote' && FURNITURE.has(key(draftText(b))));
  if (cut >= 0) {
    const furniture = blocks
      .slice(cut)
      .map((b) => tidy(draftText(b)))
      .filter(Boolean);
    notes.push(...furniture);
    const marker = furniture.findIndex((l) => FURNITURE.has(key(l)) && RELATED.test(key(l)));
    if (marker >= 0) related = relatedHints(furniture.slice(marker + 1).filter((l) => !FURNITURE.has(key(l))));
    warnings.push({ code: 'furniture-removed', params: { count: furniture.length } });
    blocks = blocks.slice(0, cut);
  }

  // The publish time, alone on a line just under the headline.
  let publishAt: string | null = null;
  for (let i = 0; i < Math.min(TIME_WINDOW, blocks.length); i++) {
    const b = blocks[i];
    const at = isText(b) ? parsePublishTime(tidy(draftText(b))) : null;
    if (at) {
      publishAt = at;
      blocks.splice(i, 1);
      break;
    }
  }

  // The byline: the last line of the story, when it reads as one.
  let byline: Byline | null = null;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.type === 'image') continue;
    const text = tidy(draftText(b));
    if ((b.type === 'paragraph' || b.type === 'heading') && text.length <= MAX_BYLINE) {
      const parsed = parseByline(text);
      // `Nhóm PV` names nobody and is still a byline; other roles need a name or a source.
      if (parsed && (parsed.people.length || parsed.source || parsed.role === 'nhom-pv')) {
        byline = parsed;
        blocks.splice(i, 1);
      }
    }
    break;
  }
  if (!byline) warnings.push({ code: 'byline-not-found' });

  // The sapo: the paragraph with the paper's prefix near the top; else a bold first paragraph,
  // else the first paragraph of a story that has more.
  let sapo: Inline[] | null = null;
  const paragraphs = blocks.map((b, i) => (b.type === 'paragraph' ? i : -1)).filter((i) => i >= 0);
  const top = blocks.map((b, i) => (b.type === 'image' ? -1 : i)).filter((i) => i >= 0);
  const early = top.slice(0, SAPO_WINDOW).filter((i) => blocks[i].type === 'paragraph');
  const own = options.prefix ? early.find((i) => splitPrefix(draftText(blocks[i]), options.prefix).prefix) : undefined;
  const other = early.find((i) => splitPrefix(draftText(blocks[i])).prefix);
  const first = paragraphs[0];
  let sapoAt: number | undefined;
  if (own !== undefined) {
    sapoAt = own;
  } else if (other !== undefined) {
    sapoAt = other;
  } else if (first !== undefined && top.slice(0, 2).includes(first)) {
    const b = blocks[first] as TextDraft;
    const t = tidy(draftText(b));
    // Unmarked, only a sentence or more that is no byline or genre label (`Ghi chép`) will do.
    const plausible = t.length >= MIN_UNMARKED_SAPO && t.length <= MAX_UNMARKED_SAPO && !parseByline(t);
    if (allBold(b.children) || (paragraphs.length >= 2 && plausible)) sapoAt = first;
  }
  if (sapoAt !== undefined) {
    const b = blocks[sapoAt] as TextDraft;
    sapo = allBold(b.children) ? unbold(b.children) : b.children;
    if (own !== undefined) sapo = withCanonicalPrefix(sapo, options.prefix);
    else if (options.prefix) warnings.push({ code: 'sapo-without-prefix', params: { prefix: options.prefix } });
    blocks.splice(sapoAt, 1);
  } else {
    warnings.push({ code: 'sapo-not-found' });
  }

  // Captions: the line under a photo, and the caption a web page repeats (the photo's alt text
  // and its caption, one under the other). They stay in the body: the photos are not imported.
  const body: DraftBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const next = blocks[i + 1];
    if (b.type === 'image') {
      const under = next && next.type === 'paragraph' ? tidy(draftText(next)) : '';
      const alt = tidy(b.alt);
      if (under && under.length <= MAX_CAPTION) {
        captions.push(under);
        // The photo's own description, when it says something else, is kept too.
        if (alt && alt !== under) notes.push(alt);
      } else if (alt) {
        captions.push(alt);
      }
      continue;
    }
    const text = tidy(draftText(b));
    if (b.type === 'paragraph' && next?.type === 'paragraph' && text.length <= MAX_CAPTION && text === tidy(draftText(next))) {
      captions.push(text);
      warnings.push({ code: 'caption-repeated', params: { text } });
      body.push(b);
      i++;
      continue;
    }
    body.push(b);
  }

  const content: Array<Record<string, unknown>> = [{ type: 'headline', children: [{ text: headline }] }];
  if (sapo) content.push({ type: 'sapo', children: sapo });
  for (const b of body) {
    // A second title inside the story is a section heading there.
    if (b.type === 'headline') content.push({ type: 'heading', level: 2, children: b.children });
    else content.push({ ...b });
  }
  return { content, publishAt, byline, notes, related, captions, warnings };
}
