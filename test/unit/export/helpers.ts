// Shared by the export tests: the paper's example story (fixtures/bhg-2025-01-05-bon-tot.txt)
// as an Article, photos made with sharp (with GPS and camera serials, as phones write them) and
// stored the way the media service stores them, and temporary folders.

import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Article, BodyBlock, FigureBlock } from '../../../main/common/article/model.ts';
import type { RelatedArticle } from '../../../main/common/export/page.ts';
import { assetInfoPath, mediaDir } from '../../../main/core/media/paths.ts';
import { BON_TOT } from '../../fixtures/articles.ts';

export const FIXTURE = BON_TOT;

export const EDITOR_NOTE = 'GHI-CHU-BIEN-TAP-KHONG-DUOC-XUAT: kiểm tra lại số liệu 97%';

export async function tempDir(prefix = 'dateline-export-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** `17:43, 05/01/2025` (Asia/Ho_Chi_Minh, UTC+7) as an ISO instant. */
function parsePaperTime(s: string): string {
  const m = /^(\d\d):(\d\d), (\d\d)\/(\d\d)\/(\d{4})$/.exec(s.trim());
  if (!m) throw new Error(`not a paper time: ${s}`);
  const [, hh, mi, dd, mm, yyyy] = m;
  return new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd), Number(hh) - 7, Number(mi))).toISOString();
}

export interface FixtureStory {
  article: Article;
  related: RelatedArticle[];
  caption: string;
}

/**
 * The fixture as an Article: headline, time, sapo `BHG - …`, paragraphs with quotes, the photo
 * (the scraped page repeats its caption: alt text, then caption), byline, related articles.
 * `assetId` is the stored photo the figure shows.
 */
export async function fixtureStory(assetId: string): Promise<FixtureStory> {
  // Ids counted per call, so two stories built alike are alike.
  let counter = 0;
  const id = (): string => `b-fx${String(++counter).padStart(6, '0')}`;
  const lines = (await readFile(FIXTURE, 'utf8')).split('\n').map((l) => l.trim());
  const nonEmpty = lines.filter(Boolean);
  const headline = nonEmpty[0];
  const publishAt = parsePaperTime(nonEmpty[1]);
  const sapo = nonEmpty[2];
  const bylineAt = nonEmpty.findIndex((l) => l.startsWith('Bài, ảnh:'));
  const bodyLines = nonEmpty.slice(3, bylineAt);
  const body: BodyBlock[] = [];
  let caption = '';
  for (let i = 0; i < bodyLines.length; i++) {
    const line = bodyLines[i];
    if (line === bodyLines[i + 1]) {
      caption = line;
      const figure: FigureBlock = {
        type: 'figure',
        id: id(),
        assetId,
        caption: line,
        credit: 'TRUNG HẬU',
        alt: 'Một đảng viên đứng phát biểu trước các đảng viên ngồi quanh bàn trong buổi sinh hoạt chi bộ',
        layout: 'medium',
        children: [{ text: '' }],
      };
      body.push(figure);
      i++;
    } else {
      body.push({ type: 'paragraph', id: id(), children: [{ text: line }] });
    }
  }
  const m = /^Bài, ảnh:\s+(.+?)\s+\((.+)\)$/.exec(nonEmpty[bylineAt]);
  if (!m) throw new Error('byline not found');
  const name = m[1].toLocaleLowerCase('vi').replace(/(^|\s)\p{L}/gu, (c) => c.toLocaleUpperCase('vi'));

  const relatedAt = nonEmpty.indexOf('Cùng chuyên mục');
  const related: RelatedArticle[] = [];
  for (let i = relatedAt + 1; i + 2 < nonEmpty.length + 1 && nonEmpty[i + 2]; i += 3) {
    const [d, mo, y] = nonEmpty[i + 2].split('/').map(Number);
    related.push({
      id: `a-0m5r0000${String(related.length + 1).padStart(1, '0')}-rel00${related.length + 1}`,
      headline: nonEmpty[i],
      sapo: nonEmpty[i + 1],
      publishAt: new Date(Date.UTC(y, mo - 1, d, 1)).toISOString(),
    });
  }

  const article: Article = {
    schemaVersion: 1,
    id: 'a-0m5k2z9a0-bontot',
    version: 7,
    createdAt: '2025-01-05T08:10:00.000Z',
    updatedAt: '2025-01-05T10:40:12.000Z',
    status: 'approved',
    meta: {
      slug: 'bon-tot-quang-binh',
      category: 'Xây dựng Đảng',
      tags: ['chi bộ bốn tốt', 'Quang Bình'],
      place: 'Quang Bình',
      publishAt,
      byline: { role: 'bai-anh', people: [{ name }], place: m[2] },
      relatedIds: related.map((r) => r.id),
      editorNote: EDITOR_NOTE,
    },
    content: [
      { type: 'headline', id: id(), children: [{ text: headline }] },
      { type: 'sapo', id: id(), children: [{ text: sapo }] },
      ...body,
    ],
  };
  return { article, related, caption };
}

export interface PhotoOptions {
  width: number;
  height: number;
  /** EXIF orientation of the stored pixels (1 upright, 6 = turn 90° clockwise to view). */
  orientation?: number;
  gps?: boolean;
  seed?: number;
}

/** A JPEG with texture (so sizes are realistic), camera EXIF with a serial number and, by default, GPS. */
export async function makePhoto(o: PhotoOptions): Promise<Buffer> {
  const seed = o.seed ?? 1;
  const base = await sharp({
    create: {
      width: o.width,
      height: o.height,
      channels: 3,
      background: { r: 40 + seed * 30, g: 110, b: 160 },
      noise: { type: 'gaussian', mean: 120, sigma: 30 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
  return sharp(base)
    .withExif({
      IFD0: { Make: 'Canon', Model: 'EOS R6', Copyright: 'Camera owner', ...(o.orientation ? { Orientation: String(o.orientation) } : {}) },
      IFD2: { BodySerialNumber: 'SN-0042-SECRET' },
      ...(o.gps === false
        ? {}
        : { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 49/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '104/1 59/1 0/1' } }),
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Stores a photo as the media service does (media/<sha256>.jpg + media/<sha256>.json); returns its asset id. */
export async function storePhoto(articleDir: string, bytes: Buffer, info: Record<string, unknown> = {}): Promise<string> {
  const assetId = createHash('sha256').update(bytes).digest('hex');
  await mkdir(mediaDir(articleDir), { recursive: true });
  await writeFile(join(mediaDir(articleDir), `${assetId}.jpg`), bytes);
  const meta = await sharp(bytes).metadata();
  await writeFile(
    assetInfoPath(articleDir, assetId),
    JSON.stringify({
      schemaVersion: 1,
      assetId,
      format: 'jpeg',
      original: `media/${assetId}.jpg`,
      bytes: bytes.length,
      width: meta.autoOrient.width,
      height: meta.autoOrient.height,
      creator: '',
      credit: '',
      copyright: '',
      ...info,
    }),
  );
  return assetId;
}
