// Old Vietnamese encodings in drafts: Word runs in .VnTime / .VnTimeH / VNI-Times are converted
// by their font (the reliable signal, always); font-less text that only looks legacy is offered,
// and converted only when asked.

import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { blockText, type Block } from '../../../main/common/article/model.ts';
import { convertLegacyFontRuns, readDocxStyles } from '../../../main/core/import/docx-fonts.ts';
import { previewImport } from '../../../main/core/import/service.ts';
import { tempDir } from '../library/helpers.ts';
import { encodeTcvn3Plain, encodeTcvn3Runs, encodeVni } from '../vietnamese/helpers.ts';
import { put } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('dateline-import-legacy-')));
afterAll(() => cleanup());

const texts = (content: Block[]): string[] => content.map((b) => blockText(b));

const HEADLINE = 'Mùa xuân trên cao nguyên đá Đồng Văn';
const SAPO = 'BHG - Những ngày đầu năm, người dân Hà Giang đón Tết trong niềm vui.';
const BODY_VNI = 'Tôi đi học ở thị trấn Yên Minh, nơi có nhiều người Mông sinh sống.';
const BODY_STYLE = 'Đường lên Mã Pí Lèng quanh co nhưng đẹp như tranh vẽ.';
const CAPITALS = 'ĐỒNG CHÍ TRẦN TRUNG THÀNH PHÁT BIỂU';
const UNICODE = 'Khách du lịch từ Peña (Tây Ban Nha) uống café ở Quản Bạ.';
const BYLINE = 'Bài, ảnh: Trung Hậu (Quang Bình)';

/** Runs of `text` in TCVN3 as Word holds them: .VnTime, and .VnTimeH for capitals with tones. */
const tcvn3Runs = (text: string, bold = false): TextRun[] =>
  encodeTcvn3Runs(text).map((r) => new TextRun({ text: r.text, font: r.fontFamily, bold }));

async function legacyDocx(): Promise<Buffer> {
  const vni = encodeVni(BODY_VNI);
  // Word splits runs anywhere (a spelling mark, an edit session): here between `To` and `âi`,
  // a base letter and its VNI mark, with the second half bold.
  const split = vni.indexOf('âi');
  const doc = new Document({
    styles: {
      paragraphStyles: [{ id: 'OldBody', name: 'Old Body', basedOn: 'Normal', run: { font: '.VnTime' } }],
    },
    sections: [
      {
        children: [
          new Paragraph({ children: tcvn3Runs(HEADLINE) }),
          new Paragraph({ children: tcvn3Runs(SAPO, true) }),
          new Paragraph({
            children: [
              new TextRun({ text: vni.slice(0, split), font: 'VNI-Times' }),
              new TextRun({ text: vni.slice(split), font: 'VNI-Times', bold: true }),
            ],
          }),
          // The font comes from the paragraph's style, not from the runs.
          new Paragraph({ style: 'OldBody', children: [new TextRun(encodeTcvn3Plain(BODY_STYLE))] }),
          new Paragraph({ children: [new TextRun({ text: encodeTcvn3Plain(CAPITALS.toLowerCase()), font: '.VnTimeH' })] }),
          new Paragraph({ children: [new TextRun({ text: UNICODE, font: 'Times New Roman' })] }),
          new Paragraph({ children: tcvn3Runs(BYLINE) }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('a .docx typed in legacy fonts', () => {
  it('converts .VnTime, .VnTimeH and VNI-Times runs (and a style font) to Unicode before recognising the article', async () => {
    const path = await put(dir, 'phong-cu.docx', await legacyDocx());
    const { draft, report } = await previewImport(path, { prefix: 'BHG' });
    expect(texts(draft.content)).toEqual([HEADLINE, SAPO, BODY_VNI, BODY_STYLE, CAPITALS, UNICODE]);
    expect(draft.byline).toMatchObject({ role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' });
    expect(report.fontRuns.converted).toBeGreaterThanOrEqual(5);
    expect(report.fontRuns.encodings).toEqual(expect.arrayContaining(['tcvn3', 'tcvn3-upper', 'vni']));
    expect(report.warnings.map((w) => w.code)).toContain('fonts-converted');
    expect(report.legacy).toBeNull();
    // The letter Word split (`To` | `âi`) is whole in the first run; the bold run keeps the rest.
    const para = draft.content[2];
    const runs = 'children' in para ? para.children.map((c) => ('text' in c ? { text: c.text, bold: c.bold === true } : null)) : [];
    expect(runs).toEqual([
      { text: 'Tô', bold: false },
      { text: BODY_VNI.slice(2), bold: true },
    ]);
  });

  it('leaves the XML of Unicode runs byte for byte as it was', () => {
    const xml =
      '<w:document xmlns:w="x"><w:body><w:p><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t xml:space="preserve">Peña &amp; café </w:t></w:r>' +
      '<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>Hµ Giang &lt;3</w:t></w:r></w:p></w:body></w:document>';
    const out = convertLegacyFontRuns(xml, readDocxStyles(undefined));
    expect(out.converted).toBe(1);
    expect(out.xml).toBe(xml.replace('Hµ Giang', 'Hà Giang'));
  });

  it('reads the font the way Word does: the run, its character style, the paragraph style, the defaults', () => {
    const styles = readDocxStyles(
      '<w:styles xmlns:w="x"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr></w:rPrDefault></w:docDefaults>' +
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Modern"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:style>' +
        '<w:style w:type="character" w:styleId="Old"><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style></w:styles>',
    );
    const doc = (body: string): string => `<w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
    // Defaults (VNI) apply to a plain paragraph.
    expect(convertLegacyFontRuns(doc('<w:p><w:r><w:t>Toâi</w:t></w:r></w:p>'), styles).xml).toContain('<w:t>Tôi</w:t>');
    // A theme font in the paragraph style overrides the legacy default: left alone.
    expect(
      convertLegacyFontRuns(doc('<w:p><w:pPr><w:pStyle w:val="Modern"/></w:pPr><w:r><w:t>Toâi</w:t></w:r></w:p>'), styles).converted,
    ).toBe(0);
    // A character style wins over the paragraph's.
    expect(
      convertLegacyFontRuns(
        doc('<w:p><w:pPr><w:pStyle w:val="Modern"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Old"/></w:rPr><w:t>Hµ</w:t></w:r></w:p>'),
        styles,
      ).xml,
    ).toContain('<w:t>Hà</w:t>');
  });
});

describe('font-less legacy text', () => {
  const story = [
    'Xu\u00e2n v\u1ec1 tr\u00ean cao nguy\u00ean \u0111\u00e1',
    '',
    'BHG - Ng\u01b0\u1eddi d\u00e2n H\u00e0 Giang \u0111\u00f3n T\u1ebft trong ni\u1ec1m vui, c\u00e1c x\u00e3 v\u00f9ng cao r\u1ef1c r\u1ee1 s\u1eafc m\u00e0u.',
    '',
    'B\u00e0 con d\u00e2n t\u1ed9c M\u00f4ng \u1edf Qu\u1ea3n B\u1ea1 chu\u1ea9n b\u1ecb b\u00e1nh ch\u01b0ng t\u1eeb s\u1edbm.',
    'Th\u00eam m\u1ed9t \u0111o\u1ea1n n\u1eefa \u0111\u1ec3 c\u00f3 th\u00e2n b\u00e0i.',
  ].join('\n');
  const legacy = encodeTcvn3Plain(story);

  it('is offered, not converted, by default: the text stays as the file has it', async () => {
    const path = await put(dir, 'tcvn3.txt', legacy);
    const { draft, report } = await previewImport(path, { prefix: 'BHG' });
    expect(report.legacy).toMatchObject({ encoding: 'tcvn3', converted: false });
    expect(report.legacy!.preview).toContain('Xuân về trên cao nguyên đá');
    expect(report.warnings[0]).toMatchObject({ code: 'looks-legacy', params: { encoding: 'tcvn3' } });
    expect(texts(draft.content)[0]).toBe(legacy.split('\n')[0].normalize('NFC'));
  });

  it('is converted with convertLegacy, from UTF-8 and from 8-bit bytes alike', async () => {
    for (const [name, data] of [
      ['tcvn3-utf8.txt', legacy],
      ['tcvn3-8bit.txt', Buffer.from(legacy, 'latin1')],
    ] as const) {
      const path = await put(dir, name, data);
      const { draft, report } = await previewImport(path, { prefix: 'BHG', convertLegacy: true });
      expect(report.legacy).toMatchObject({ encoding: 'tcvn3', converted: true });
      expect(report.warnings[0].code).toBe('legacy-converted');
      expect(texts(draft.content)).toEqual(story.split('\n').filter(Boolean));
    }
  });

  it('converts VNI text in a Markdown draft run by run, keeping its bold', async () => {
    const md = `# ${encodeVni('Tôi đi học')}\n\n**${encodeVni('BHG - Xin chào các bạn ở Hà Giang và Tuyên Quang.')}**\n\n${encodeVni('Chúng tôi về thăm bản người Mông.')}\n\n${encodeVni('Một đoạn nữa của thân bài.')}\n`;
    const path = await put(dir, 'vni.md', md);
    const { draft, report } = await previewImport(path, { prefix: 'BHG', convertLegacy: true });
    expect(report.legacy).toMatchObject({ encoding: 'vni', converted: true });
    expect(texts(draft.content)).toEqual([
      'Tôi đi học',
      'BHG - Xin chào các bạn ở Hà Giang và Tuyên Quang.',
      'Chúng tôi về thăm bản người Mông.',
      'Một đoạn nữa của thân bài.',
    ]);
  });

  it('leaves real Latin-1 alone: no offer for Peña, café and 5 µm', async () => {
    const text = 'Hội thảo về cà phê\n\nBHG - Chuyên gia từ Peña nói về café và hạt bụi 5 µm.\n\nĐoạn thân bài.\n';
    for (const [name, data] of [
      ['latin.txt', text],
      ['latin-8bit.txt', Buffer.from('Peña café 5 µm naïve\n\nOtra línea en español.\n', 'latin1')],
    ] as const) {
      const path = await put(dir, name, data);
      const { report } = await previewImport(path, { prefix: 'BHG', convertLegacy: true });
      expect(report.legacy).toBeNull();
    }
  });
});

describe('legacy text in a saved web page', () => {
  it('converts <span style="font-family:.VnTime"> and <font face="VNI-Times"> runs by their font', async () => {
    const html =
      `<html><body><h1><span style="font-family:'.VnTime'">${encodeTcvn3Plain('Hà Giang mùa hoa tam giác mạch')}</span></h1>` +
      `<p><b><font face="VNI-Times">${encodeVni('BHG - Hoa nở khắp các xã vùng cao.')}</font></b></p>` +
      `<p>${'Peña café'}</p><p><span style="font-family:.VnTime">${encodeTcvn3Plain('Thân bài có nhiều du khách.')}</span></p></body></html>`;
    const { draft, report } = await previewImport(await put(dir, 'phong.html', html), { prefix: 'BHG' });
    expect(texts(draft.content)).toEqual([
      'Hà Giang mùa hoa tam giác mạch',
      'BHG - Hoa nở khắp các xã vùng cao.',
      'Peña café',
      'Thân bài có nhiều du khách.',
    ]);
    expect(report.fontRuns).toEqual({ converted: 3, encodings: expect.arrayContaining(['tcvn3', 'vni']) });
  });

  it('reads the charset the page declares (windows-1258)', async () => {
    const page =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><h1>Tiếng Việt có dấu</h1><p>BHG - Đoạn sapo ở Đồng Văn.</p><p>Thân bài.</p></body></html>';
    // CP1258 holds â, ê, ơ… precomposed and the five tones as combining marks after them.
    const cp1258Form = [...page].map((c) => {
      const d = c.normalize('NFD');
      const tones = d.replace(/[^\u0300\u0301\u0303\u0309\u0323]/gu, '');
      return d.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC') + tones;
    });
    const bytes = iconv.encode(cp1258Form.join(''), 'windows-1258');
    expect(bytes.includes(0x3f)).toBe(false); // no `?` for a letter the code page lacks
    const { draft, report } = await previewImport(await put(dir, 'cp1258.html', bytes), { prefix: 'BHG' });
    expect(texts(draft.content)).toEqual(['Tiếng Việt có dấu', 'BHG - Đoạn sapo ở Đồng Văn.', 'Thân bài.']);
    expect(report.legacy).toBeNull();
  });
});
