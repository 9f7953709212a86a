import { readFileSync } from 'node:fs';
import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, type BodyBlock, type Inline, type ListBlock } from '../../../main/common/article/model.ts';
import { htmlToBlocks, type HtmlPasteOptions } from '../../../main/common/paste/html.ts';
import { convertRun } from '../../../main/common/vietnamese/legacy/convert.ts';

const window = new JSDOM('').window as unknown as WindowLike;
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const paste = (html: string, options: Partial<HtmlPasteOptions> = {}) => htmlToBlocks(html, { window, ...options });

/** Blocks as [type, text] for readable expectations. */
const outline = (blocks: BodyBlock[]): Array<[string, string]> =>
  blocks.map((b) => [
    b.type === 'heading' ? `h${b.level}` : b.type,
    b.type === 'bulleted-list' || b.type === 'numbered-list' ? b.children.map((li) => blockText(li)).join(' | ') : blockText(b),
  ]);

const runsOf = (block: BodyBlock | undefined): Inline[] => (block && 'children' in block ? (block.children as Inline[]) : []);
const boldText = (block: BodyBlock | undefined): string[] =>
  runsOf(block).flatMap((n) => ('text' in n ? (n.bold ? [n.text] : []) : n.children.filter((r) => r.bold).map((r) => r.text)));

/** Every string in the result, to check that none is NFD and none carries markup. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

describe('Word clipboard', () => {
  const fonts: Array<string | undefined> = [];
  const result = paste(fixture('word-clipboard.html'), {
    convertRun: (text, font) => {
      fonts.push(font);
      return convertRun(text, font).text;
    },
  });

  it('keeps the structure and drops Word’s furniture', () => {
    expect(outline(result.blocks)).toEqual([
      ['h2', 'Quang Bình ra quân làm đường giao thông nông thôn'],
      ['paragraph', 'BHG - Sáng 5.1, huyện Quang Bình tổ chức ra quân làm đường giao thông nông thôn năm 2025.'],
      ['paragraph', 'Tham dự có đồng chí Trần Trung Thành, Trưởng ban Tổ chức Huyện ủy; các xã và nhân dân.'],
      ['paragraph', 'Đồng bào các dân tộc huyện Quang Bình vui đón Tết năm nay.'],
      ['bulleted-list', 'Mở rộng 12 km đường liên thôn; | Bê tông hóa 3 tuyến đường nội đồng; | Trồng cây xanh hai bên đường.'],
      ['paragraph', 'Các bước thực hiện:'],
      ['numbered-list', 'Khảo sát hiện trạng | Huy động nhân công'],
      ['paragraph', 'Bài, ảnh: TRUNG HẬU'],
    ]);
    const all = strings(result).join('\n');
    for (const leak of ['·', 'Nguyễn Văn Bí Mật', 'mso-', 'font-family', 'Table Normal', '@font-face', '<', 'Symbol'])
      expect(all).not.toContain(leak);
  });

  it('keeps bold, italic and underline', () => {
    expect(boldText(result.blocks[1])).toEqual([
      'BHG - Sáng 5.1, huyện Quang Bình tổ chức ra quân làm đường giao thông nông thôn năm 2025.',
    ]);
    const p = runsOf(result.blocks[2]);
    expect(p).toContainEqual({ text: 'Trần Trung Thành', italic: true });
    expect(p).toContainEqual({ text: 'các xã', underline: true });
    const list = result.blocks[4] as ListBlock;
    expect(list.children[1].children[0]).toEqual({ text: 'Bê tông hóa', bold: true });
  });

  it('hands each run’s font to convertRun (so .VnTime text becomes Unicode)', () => {
    expect(fonts).toContain('.VnTime');
    expect(fonts).toContain('Times New Roman');
    expect(fonts).toContain(undefined);
  });

  it('returns the picture as a file reference, never fetched', () => {
    expect(result.images).toEqual([
      {
        kind: 'image',
        src: 'file:///C:/Users/PHONGVIEN/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg',
        origin: 'file',
        alt: 'Ra quân làm đường',
        caption: '',
        at: 7,
      },
    ]);
  });
});

describe('Google Docs', () => {
  const result = paste(fixture('google-docs.html'));

  it('does not bold everything for the docs-internal-guid wrapper, but bolds font-weight:700', () => {
    expect(outline(result.blocks)).toEqual([
      ['h2', 'Xuân sớm ở khu tái định cư Đồng Tâm'],
      ['paragraph', 'BHG - Sáng 31.12, khu tái định cư Đồng Tâm đã chính thức được khánh thành.'],
      ['paragraph', '“Chúng tôi rất vui”, bà con nói. Xem thêm tại Báo Hà Giang.'],
      ['h3', 'Những con số'],
      ['bulleted-list', '46 căn nhà | 12 tỷ đồng vốn đầu tư'],
      ['numbered-list', 'Khởi công tháng 3 | Bàn giao tháng 12'],
      ['paragraph', 'Ghi chú: ảnh kèm theo.'],
    ]);
    expect(boldText(result.blocks[1])).toEqual(['BHG - Sáng 31.12, khu tái định cư Đồng Tâm']);
    expect(boldText(result.blocks[2])).toEqual([]);
    expect(boldText(result.blocks[4].children[1] as unknown as BodyBlock)).toEqual(['12 tỷ đồng']);
  });

  it('keeps italics, the link (without Docs’ underline on it) and real underline', () => {
    const p = runsOf(result.blocks[2]);
    expect(p[0]).toEqual({ text: '“Chúng tôi rất vui”', italic: true });
    expect(p).toContainEqual({ type: 'link', url: 'https://baohagiang.vn/xa-hoi/202412/xuan-som', children: [{ text: 'Báo Hà Giang' }] });
    expect(runsOf(result.blocks[6])[0]).toEqual({ text: 'Ghi chú', underline: true });
  });

  it('returns the pasted data: picture apart', () => {
    expect(result.images).toHaveLength(1);
    expect(result.images[0].origin).toBe('data');
    expect(result.images[0].src.startsWith('data:image/png;base64,')).toBe(true);
    expect(result.images[0].at).toBe(6);
  });
});

describe('web page', () => {
  const result = paste(fixture('web-page.html'));

  it('keeps the article and drops scripts, hidden ads, iframes, styles and comments', () => {
    expect(outline(result.blocks)).toEqual([
      ['h2', 'Đổi thay vùng biên Tả Ván'],
      ['paragraph', '31/12/2024'],
      ['paragraph', 'BHG - Những năm gần đây, diện mạo xã biên giới Tả Ván (Quản Bạ) ngày càng khởi sắc.'],
      ['paragraph', 'Ông Vàng Sính Dìn, Chủ tịch UBND xã, cho biết: “Nhân dân phấn khởi”. Bấm vào đây hoặc gửi thư; tài liệu ở đây.'],
      ['blockquote', 'Tả Ván hôm nay'],
      ['blockquote', 'đã khác xưa.'],
      ['paragraph', 'Những con đường mới'],
      ['paragraph', 'được nâng cấp.'],
      ['h3', 'Bà con nói gì'],
      ['bulleted-list', 'Có điện | Có nước sạch | Có trường học'],
      ['paragraph', 'Năm 2020'],
      ['paragraph', 'Năm 2024'],
      ['paragraph', 'Hết.'],
    ]);
    const all = strings(result).join('\n');
    for (const leak of ['track(', 'QUẢNG CÁO', 'youtube', 'alert', 'color', 'steal', '.ad{']) expect(all).not.toContain(leak);
  });

  it('bolds the sapo styled font-weight:bold and keeps only http(s) and mailto links', () => {
    expect(boldText(result.blocks[2])).toHaveLength(1);
    const links = runsOf(result.blocks[3]).filter((n) => 'url' in n);
    expect(links).toEqual([{ type: 'link', url: 'mailto:toasoan@baohagiang.vn', children: [{ text: 'gửi thư' }] }]);
  });

  it('returns the figure with its caption, drops the tracking pixel and broken pictures', () => {
    expect(result.images).toEqual([
      {
        kind: 'image',
        src: 'https://baohagiang.vn/file/2024/12/ta-van.jpg',
        origin: 'remote',
        alt: 'Đường vào Tả Ván',
        caption: 'Đường vào trung tâm xã Tả Ván đã được trải nhựa.',
        at: 3,
      },
    ]);
  });
});

describe('htmlToBlocks edge cases', () => {
  it('gives NFC text and fresh, unique ids', () => {
    const nfd = '<p>Nguyễn Thị Hường</p><p>Đà Nẵng</p>'.normalize('NFD');
    const { blocks } = paste(nfd);
    expect(outline(blocks)).toEqual([
      ['paragraph', 'Nguyễn Thị Hường'.normalize('NFC')],
      ['paragraph', 'Đà Nẵng'.normalize('NFC')],
    ]);
    for (const s of strings(blocks)) expect(s).toBe(s.normalize('NFC'));
    expect(new Set(blocks.map((b) => b.id)).size).toBe(2);
  });

  it('makes Slate-shaped inlines: a text run on each side of a link, same marks merged', () => {
    const { blocks } = paste('<p><a href="https://a.vn">A</a><b>x</b><strong>y</strong></p><p><a href="http://b.vn">B</a></p>');
    expect(runsOf(blocks[0])).toEqual([
      { text: '' },
      { type: 'link', url: 'https://a.vn', children: [{ text: 'A' }] },
      { text: 'xy', bold: true },
    ]);
    expect(runsOf(blocks[1])).toEqual([{ text: '' }, { type: 'link', url: 'http://b.vn', children: [{ text: 'B' }] }, { text: '' }]);
  });

  it('collapses white space and NBSP, and drops empty paragraphs', () => {
    const { blocks } = paste('<p>  a&nbsp;&nbsp; b\n\tc </p><p>&nbsp;</p><p> </p><div><span> </span></div>');
    expect(outline(blocks)).toEqual([['paragraph', 'a b c']]);
  });

  it('reads text with no block around it, and <font face>', () => {
    const fonts: Array<string | undefined> = [];
    const { blocks } = paste('chữ <font face="VNI-Times">Toâi ñi hoïc</font>', {
      convertRun: (t, f) => {
        fonts.push(f);
        return convertRun(t, f).text;
      },
    });
    expect(outline(blocks)).toEqual([['paragraph', 'chữ Tôi đi học']]);
    expect(fonts).toEqual([undefined, 'VNI-Times']);
  });

  it('survives absurdly deep markup without losing words', () => {
    const html = '<div>'.repeat(2000) + 'sâu' + '</div>'.repeat(2000);
    expect(outline(paste(html).blocks)).toEqual([['paragraph', 'sâu']]);
  });

  it('returns nothing for an empty or script-only paste', () => {
    expect(paste('')).toEqual({ blocks: [], images: [] });
    expect(paste('<script>alert(1)</script><style>p{}</style><!-- x -->')).toEqual({ blocks: [], images: [] });
  });
});
