// Generated Vietnamese articles for the search tests and benchmark: sentences of the paper's own
// article (the fixture) recombined, with places, people and numbers varied, and a long tail of
// rarer syllables, so term frequencies look like a provincial paper's archive. Deterministic.

import { readFileSync } from 'node:fs';
import { emptyMeta, type Article, type ArticleStatus, type Block } from '../../../main/common/article/model.ts';
import { BON_TOT } from '../../fixtures/articles.ts';

const FIXTURE = BON_TOT;

export const PLACES = [
  'Quang Bình',
  'Đồng Văn',
  'Mèo Vạc',
  'Yên Minh',
  'Quản Bạ',
  'Bắc Mê',
  'Vị Xuyên',
  'Bắc Quang',
  'Hoàng Su Phì',
  'Xín Mần',
  'Lũng Cú',
  'Tả Ván',
  'Đà Nẵng',
  'Hòa Bình',
  'Hoà Bình',
  'Tuyên Quang',
  'Hà Giang',
  'Đắk Lắk',
];
export const PEOPLE = [
  'Trung Hậu',
  'Thu Phương',
  'Minh Anh',
  'Đức Đồng',
  'Hoàng Nghĩa',
  'Lò Văn Sử',
  'Vàng Sính Dìn',
  'Hầu A Lềnh',
  'Hoàng Thị Sinh',
  'Trần Trung Thành',
];
export const CATEGORIES = ['Thời sự', 'Kinh tế', 'Xã hội', 'Xây dựng Đảng', 'Văn hóa', 'Thể thao'];
const STATUSES: ArticleStatus[] = ['draft', 'submitted', 'returned', 'approved'];

/** mulberry32: a small seeded generator, so every run indexes the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** The fixture's sentences (body and related articles' sapos), with the paper's prefix taken off. */
function fixtureSentences(): string[] {
  const text = readFileSync(FIXTURE, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.split(' ').length > 12)
    .map((l) => l.replace(/^BHG - /, ''))
    .flatMap((l) => l.split(/(?<=[.!?”])\s+(?=[A-ZĐÀ-Ỹ“])/u))
    .filter((s) => s.split(' ').length > 5);
}

/** Plausible rare syllables (onset + rhyme + tone), for the long tail of an archive's vocabulary. */
function rareSyllables(rnd: () => number, n: number): string[] {
  const onsets = [
    'b',
    'c',
    'ch',
    'd',
    'đ',
    'g',
    'gh',
    'h',
    'kh',
    'l',
    'm',
    'n',
    'ng',
    'nh',
    'ph',
    'qu',
    'r',
    's',
    't',
    'th',
    'tr',
    'v',
    'x',
  ];
  const rhymes = [
    'a',
    'ai',
    'am',
    'an',
    'ang',
    'anh',
    'ao',
    'at',
    'ay',
    'e',
    'em',
    'en',
    'eo',
    'i',
    'im',
    'in',
    'inh',
    'it',
    'o',
    'oi',
    'om',
    'on',
    'ong',
    'ot',
    'u',
    'ui',
    'um',
    'un',
    'ung',
    'ut',
    'uy',
    'ươn',
    'ương',
    'iên',
    'iêng',
    'uôn',
    'uông',
    'ơi',
    'ưa',
  ];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const out = new Set<string>();
  while (out.size < n) {
    const rhyme = pick(rnd, rhymes);
    // The tone goes on the rhyme's first vowel: good enough for a test corpus.
    const toned = rhyme.replace(/[aeiouơưêô]/u, (v) => (v + pick(rnd, tones)).normalize('NFC'));
    out.add(pick(rnd, onsets) + toned);
  }
  return [...out];
}

export interface CorpusOptions {
  /** Paragraphs per article (each 2-5 sentences); 10 gives a story of about 1,100 words. */
  paragraphs?: number;
  seed?: number;
}

/** `n` articles of realistic size and spread over 2024-2025, statuses and categories. */
export function generateArticles(n: number, options: CorpusOptions = {}): Article[] {
  const rnd = random(options.seed ?? 42);
  const sentences = fixtureSentences();
  const tail = rareSyllables(rnd, 3000);
  const sentence = (): string => {
    if (rnd() < 0.15) {
      const words = Array.from({ length: 8 + Math.floor(rnd() * 12) }, () => tail[Math.floor(tail.length * rnd() ** 2)]);
      return words.join(' ').replace(/^./u, (c) => c.toLocaleUpperCase('vi')) + '.';
    }
    return pick(rnd, sentences)
      .replace(/Quang Bình/g, () => pick(rnd, PLACES))
      .replace(/\d+/g, () => String(Math.floor(rnd() * 1000)));
  };
  const start = Date.parse('2024-01-01T00:00:00Z');
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const place = pick(rnd, PLACES);
    const t = start + Math.floor(rnd() * 730 * 86_400_000);
    const content: Block[] = [
      { type: 'headline', id: `h${i}`, children: [{ text: `${sentence().split(' ').slice(0, 8).join(' ')} ở ${place}` }] },
      { type: 'sapo', id: `s${i}`, children: [{ text: `BHG - ${sentence()} ${sentence()}` }] },
    ];
    const paras = options.paragraphs ?? 10;
    for (let p = 0; p < paras; p++) {
      const k = 2 + Math.floor(rnd() * 4);
      content.push({ type: 'paragraph', id: `p${i}-${p}`, children: [{ text: Array.from({ length: k }, sentence).join(' ') }] });
    }
    const id = `a-${t.toString(36).padStart(9, '0')}-${i.toString(36).padStart(6, '0')}`;
    const iso = new Date(t).toISOString();
    articles.push({
      schemaVersion: 1,
      id,
      version: 1 + (i % 5),
      createdAt: iso,
      updatedAt: iso,
      status: STATUSES[i % STATUSES.length],
      meta: {
        ...emptyMeta(),
        category: CATEGORIES[i % CATEGORIES.length],
        tags: [pick(rnd, PLACES)],
        place,
        publishAt: i % 3 === 0 ? null : iso,
        byline: { role: 'bai-anh', people: [{ name: pick(rnd, PEOPLE) }], place },
      },
      content,
    });
  }
  return articles;
}
