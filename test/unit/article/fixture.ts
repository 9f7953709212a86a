// Builds an Article from the paper's text page (fixtures/bhg-2025-01-05-bon-tot.txt, a copy of
// /work/shared/fixtures/articles/): headline, time, sapo, paragraphs separated by blank lines, a
// photo (the page's text shows its alt text and its caption, two identical lines), the byline,
// then page furniture (“Ý kiến bạn đọc”, “Cùng chuyên mục”) that is not the article.

import { readFileSync } from 'node:fs';
import { parseByline } from '../../../main/common/article/byline.ts';
import { newArticleId, newBlockId } from '../../../main/common/article/ids.ts';
import { emptyMeta, type Article, type Block } from '../../../main/common/article/model.ts';
import { parsePublishTime } from '../../../main/common/article/time.ts';
import { BON_TOT } from '../../fixtures/articles.ts';

export const FIXTURE_PATH = BON_TOT;

export const fixtureText = (): string => readFileSync(FIXTURE_PATH, 'utf8');

export interface FixtureParts {
  headline: string;
  time: string;
  sapo: string;
  /** Blank-line separated groups between the sapo and the byline. */
  groups: string[][];
  byline: string;
}

/** The fixture's lines, grouped as the page shows them (up to and including the byline). */
export function fixtureParts(text = fixtureText()): FixtureParts {
  const lines = text.split('\n');
  const [headline, , time, , sapo] = lines;
  const groups: string[][] = [];
  let current: string[] = [];
  let byline = '';
  for (const line of lines.slice(6)) {
    if (parseByline(line) && /:/.test(line)) {
      byline = line;
      break;
    }
    if (line.trim() === '') {
      if (current.length) groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) groups.push(current);
  return { headline, time, sapo, groups, byline };
}

/** The fixture as an Article: a two-line group of identical lines is a photo (alt, caption). */
export function fixtureArticle(text = fixtureText()): Article {
  const parts = fixtureParts(text);
  const content: Block[] = [
    { type: 'headline', id: newBlockId(), children: [{ text: parts.headline }] },
    { type: 'sapo', id: newBlockId(), children: [{ text: parts.sapo }] },
  ];
  for (const group of parts.groups) {
    if (group.length === 2 && group[0] === group[1]) {
      content.push({
        type: 'figure',
        id: newBlockId(),
        assetId: 'a'.repeat(64),
        caption: group[1],
        credit: '',
        alt: group[0],
        layout: 'medium',
        children: [{ text: '' }],
      });
    } else {
      for (const line of group) content.push({ type: 'paragraph', id: newBlockId(), children: [{ text: line }] });
    }
  }
  const byline = parseByline(parts.byline);
  if (!byline) throw new Error(`the fixture's byline did not parse: ${parts.byline}`);
  const publishAt = parsePublishTime(parts.time);
  return {
    schemaVersion: 1,
    id: newArticleId(Date.parse('2025-01-05T10:43:00Z')),
    version: 1,
    createdAt: '2025-01-05T10:00:00.000Z',
    updatedAt: '2025-01-05T10:43:00.000Z',
    status: 'approved',
    meta: { ...emptyMeta(), category: 'Xây dựng Đảng', place: 'Quang Bình', publishAt, byline },
    content,
  };
}
