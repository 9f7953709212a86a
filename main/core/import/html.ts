// HTML (a saved web page, or what mammoth makes of a .docx) into draft blocks, through the
// same sanitizer as a paste (main/common/paste), under jsdom. The paste keeps no title mark
// (an <h1> becomes a heading) and hands photos back apart; an import needs both, so the <h1>s
// carry an invisible sentinel through the sanitizer, and the photos go back in their places.

import type { WindowLike } from 'dompurify';
import { htmlToBlocks } from '../../common/paste/html.ts';
import { convertRun } from '../../common/vietnamese/legacy/convert.ts';
import type { LegacyEncoding } from '../../common/vietnamese/legacy/fonts.ts';
import { bodyToDraft, mapDraftText, type DraftBlock } from './draft.ts';

export interface HtmlDraft {
  blocks: DraftBlock[];
  fontRuns: { converted: number; encodings: LegacyEncoding[] };
  images: number;
  /** Captions kept whose photo is a file beside a saved page (`bai_files/anh1.jpg`), or none. */
  captionsWithoutPhoto: { caption: string; src: string }[];
}

// U+2063 INVISIBLE SEPARATOR: no draft has it, no sanitizer or font converter touches it.
const TITLE_MARK = '\u2063';

/** The HTML's blocks, with runs in legacy fonts converted and <h1>s marked as titles. */
export async function htmlToDraft(html: string): Promise<HtmlDraft> {
  // jsdom is loaded only when an HTML or Word draft is imported: every CLI command loads this module.
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('');
  const encodings = new Set<LegacyEncoding>();
  let converted = 0;
  try {
    const marked = html.replaceAll(TITLE_MARK, '').replace(/<h1\b[^>]*>/gi, (tag) => tag + TITLE_MARK);
    const result = htmlToBlocks(marked, {
      window: dom.window as unknown as WindowLike,
      convertRun: (text, font) => {
        const r = convertRun(text, font);
        if (r.encoding) encodings.add(r.encoding);
        if (r.converted) converted++;
        return r.text;
      },
    });
    const body = bodyToDraft(result.blocks);
    const blocks: DraftBlock[] = [];
    const photos = [...result.images].sort((a, b) => a.at - b.at);
    let next = 0;
    body.forEach((block, i) => {
      for (; next < photos.length && photos[next].at <= i; next++) pushPhoto(blocks, photos[next]);
      blocks.push(titled(block));
    });
    for (; next < photos.length; next++) pushPhoto(blocks, photos[next]);
    const captionsWithoutPhoto = result.images
      .filter((i) => i.origin === 'relative' && i.caption)
      .map((i) => ({ caption: i.caption, src: i.src }));
    return { blocks, fontRuns: { converted, encodings: [...encodings] }, images: result.images.length, captionsWithoutPhoto };
  } finally {
    dom.window.close();
  }
}

/** A photo's place, and its <figcaption> (which the paste keeps apart) back as a line of text. */
function pushPhoto(blocks: DraftBlock[], photo: { alt: string; caption: string }): void {
  blocks.push({ type: 'image', alt: photo.alt });
  if (photo.caption) blocks.push({ type: 'paragraph', children: [{ text: photo.caption }] });
}

/** A heading that began with the title mark is a title; the mark goes, wherever it ended up. */
function titled(block: DraftBlock): DraftBlock {
  const [clean] = mapDraftText([block], (text) => text.replaceAll(TITLE_MARK, ''));
  if (block.type !== 'heading' || clean.type !== 'heading') return clean;
  const first = block.children[0];
  return first && 'text' in first && first.text.startsWith(TITLE_MARK) ? { type: 'headline', children: clean.children } : clean;
}
