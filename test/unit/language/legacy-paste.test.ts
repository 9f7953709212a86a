// Legacy text in a paste: font-named runs converted by the editor's paste; font-less legacy text
// offered (never converted silently); Latin-1 never offered.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Node } from 'slate';
import { convertPaste, legacyOffer, legacyPasteOptions, type ParseHtml } from '../../../renderer/language/legacy-paste.ts';
import { article, articleEditor, block } from '../editor/helpers.ts';

const window = new JSDOM('').window;
const parse: ParseHtml = (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** A clipboard as the tests hand it to editor.insertData. */
const clipboard = (flavours: Record<string, string>) =>
  ({ types: Object.keys(flavours), getData: (t: string) => flavours[t] ?? '', files: [] }) as unknown as DataTransfer;

describe('legacyPasteOptions through the editor paste', () => {
  it('converts runs in .VnTime, .VnTimeH and VNI-Times, leaving Unicode runs alone', () => {
    const { editor } = articleEditor(article(block('paragraph', '')), legacyPasteOptions());
    editor.select({ path: [2, 0], offset: 0 });
    editor.insertData(
      clipboard({
        'text/html':
          '<p><span style="font-family:&quot;.VnTime&quot;">Hµ Giang </span><span style=\'font-family:".VnTimeH"\'>Tr¦êng</span> ' +
          '<font face="VNI-Times">Toâi ñi hoïc</font> <span style="font-family:Arial">Peña</span></p>',
      }),
    );
    expect(Node.string(editor.children[2])).toBe('Hà Giang TRƯỜNG Tôi đi học Peña');
  });
});

describe('legacyOffer', () => {
  it('offers TCVN3 for font-less plain text, with before and after', () => {
    expect(legacyOffer('', 'Quang B×nh lµ huyÖn vïng cao', parse)).toEqual({
      encoding: 'tcvn3',
      before: 'Quang B×nh lµ huyÖn vïng cao',
      after: 'Quang Bình là huyện vùng cao',
    });
  });

  it('offers VNI and VIQR too', () => {
    expect(legacyOffer('', 'Xin chaøo caùc baïn, toâi ñi hoïc', parse)?.encoding).toBe('vni');
    expect(legacyOffer('', 'Vie^.t Nam la` qua^`n ddao', parse)?.encoding).toBe('viqr');
  });

  it('never offers real Latin-1 or Unicode Vietnamese', () => {
    for (const text of ['Peña', 'Đo được 5 µm', 'Uống café ở Hà Nội', 'naïve café au lait, s’il vous plaît', 'Hà Giang']) {
      expect(legacyOffer('', text, parse)).toBeNull();
    }
  });

  it('judges only the HTML text no legacy font explains (Word with its font in a stylesheet)', () => {
    const styled =
      '<html><head><style>p.MsoNormal{font-family:".VnTime"}</style></head><body><p class="MsoNormal">Hµ Giang lµ tØnh vïng cao</p></body></html>';
    expect(legacyOffer(styled, 'Hµ Giang lµ tØnh vïng cao', parse)?.encoding).toBe('tcvn3');
    // All of it in a named font: the paste converts it, nothing to ask.
    const named = '<p><span style="font-family:.VnTime">Hµ Giang lµ tØnh vïng cao</span></p>';
    expect(legacyOffer(named, 'Hµ Giang lµ tØnh vïng cao', parse)).toBeNull();
  });
});

describe('convertPaste', () => {
  it('converts the rest by the chosen encoding, named runs by their font, and drops the fonts', () => {
    const html = '<p>Hµ Giang <span style="font-family:.VnTimeH;color:red">tr¦êng</span></p>';
    const out = convertPaste(html, 'Hµ Giang vïng cao', 'tcvn3', parse);
    expect(out.plain).toBe('Hà Giang vùng cao');
    const doc = parse(out.html);
    expect(doc.body.textContent).toBe('Hà Giang TRƯỜNG');
    expect(out.html).not.toMatch(/VnTime/);
    expect(doc.querySelector('span')?.getAttribute('style')).toBe('color:red');
    // Through the editor paste (which would convert a named font again): converted exactly once.
    const { editor } = articleEditor(article(block('paragraph', '')), legacyPasteOptions());
    editor.select({ path: [2, 0], offset: 0 });
    editor.insertData(clipboard({ 'text/html': out.html, 'text/plain': out.plain }));
    expect(Node.string(editor.children[2])).toBe('Hà Giang TRƯỜNG');
  });
});
