// Pasted plain text into article blocks. Wire stories and most pastes put one paragraph per
// line, so every line is a paragraph (blank lines only separate). The exception is text broken
// at a fixed width (e-mail, some PDFs): there the blank lines separate paragraphs and the lines
// of one paragraph are joined. Lines starting `•`/`*`/`+` or `1.`/`2)`… in a run of two or more
// become lists; a leading `-` or `–` stays text in a paste (it opens dialogue in Vietnamese
// prose), but an imported draft (`dashBullets`) writes its bullets `- ` as the paper does.

import { newBlockId } from '../article/ids.ts';
import type { BodyBlock, ListBlock } from '../article/model.ts';
import { nfc } from '../text/nfc.ts';

const BULLET = /^[•·*+◦▪▸►‣]\s+(?!\s)(.*)$/u;
const DASH_BULLET = /^-\s+(?!\s)(.*)$/u;
const NUMBER = /^(\d{1,3})[.)]\s+(?!\s)(.*)$/u;
const SENTENCE_END = /[.!?:;…"”’)\]]$/u;

/** One line's text: white space (NBSP, tabs) collapsed, trimmed, NFC. */
const clean = (s: string): string =>
  nfc(s)
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu, ' ')
    .trim();

/**
 * Whether the text was broken at a fixed width: it has paragraphs of several lines, and the
 * lines that continue onto the next are long-ish and mostly end mid-sentence.
 */
export function looksHardWrapped(lines: string[]): boolean {
  const continuing: string[] = [];
  let longest = 0;
  for (let i = 0; i < lines.length; i++) {
    longest = Math.max(longest, lines[i].length);
    if (lines[i] && lines[i + 1]) continuing.push(lines[i]);
  }
  if (continuing.length < 2 || longest > 100 || !lines.some((l) => l === '')) return false;
  const average = continuing.reduce((n, l) => n + l.length, 0) / continuing.length;
  const midSentence = continuing.filter((l) => !SENTENCE_END.test(l)).length / continuing.length;
  return average >= 45 && midSentence >= 0.6;
}

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', id: newBlockId(), children: [{ text }] });

export interface TextToBlocksOptions {
  /** `- ` lines in a run of two or more are a bulleted list (a draft's bullets), not dialogue. */
  dashBullets?: boolean;
}

/** Paragraphs (and lists) from pasted plain text; NFC, new ids, nothing empty. */
export function textToBlocks(text: string, options: TextToBlocksOptions = {}): BodyBlock[] {
  const lines = nfc(text).replace(/\r\n?/g, '\n').split('\n').map(clean);
  const paragraphs: string[] = [];
  if (looksHardWrapped(lines)) {
    let current: string[] = [];
    for (const line of [...lines, '']) {
      if (line) current.push(line);
      else if (current.length) {
        paragraphs.push(current.join(' '));
        current = [];
      }
    }
  } else {
    paragraphs.push(...lines.filter(Boolean));
  }

  const blocks: BodyBlock[] = [];
  for (let i = 0; i < paragraphs.length;) {
    const list = listAt(paragraphs, i, options.dashBullets === true);
    if (list) {
      blocks.push(list.block);
      i += list.length;
    } else {
      blocks.push(paragraph(paragraphs[i]));
      i++;
    }
  }
  return blocks;
}

/** A list starting at paragraphs[i]: two or more bullet lines, or numbers counting up from 1. */
function listAt(paragraphs: string[], i: number, dashBullets: boolean): { block: ListBlock; length: number } | null {
  const items: string[] = [];
  let type: ListBlock['type'] | null = null;
  for (let j = i; j < paragraphs.length; j++) {
    const b = BULLET.exec(paragraphs[j]) ?? (dashBullets ? DASH_BULLET.exec(paragraphs[j]) : null);
    const n = NUMBER.exec(paragraphs[j]);
    if (b && type !== 'numbered-list') {
      type = 'bulleted-list';
      items.push(b[1]);
    } else if (n && type !== 'bulleted-list' && Number(n[1]) === items.length + 1) {
      type = 'numbered-list';
      items.push(n[2]);
    } else break;
  }
  if (!type || items.length < 2) return null;
  return {
    block: { type, id: newBlockId(), children: items.map((t) => ({ type: 'list-item', id: newBlockId(), children: [{ text: t }] })) },
    length: items.length,
  };
}
