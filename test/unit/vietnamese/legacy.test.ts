// Legacy encodings: the note's vectors, the tables against iconv-lite's TCVN 5712 chart, the
// fixture article round-tripped through TCVN3, VNI and VIQR, font names, runs and pasted HTML,
// and detection that offers conversion for legacy text and never for real Latin-1.

import iconv from 'iconv-lite';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  convertLegacy,
  convertLegacyTree,
  convertRun,
  convertRuns,
  decodeTcvn3,
  decodeViqr,
  decodeVni,
  detectLegacy,
  fontFamilyOfStyle,
  legacyEncodingOfFont,
  TCVN3,
} from '../../../main/common/vietnamese/legacy/index.ts';
import { encodeTcvn3Plain, encodeTcvn3Runs, encodeViqr, encodeVni, fixtureLines } from './helpers.ts';

describe('the vectors of the note', () => {
  it.each([
    ['Hµ Giang', 'tcvn3', 'Hà Giang'],
    ['Quang B×nh', 'tcvn3', 'Quang Bình'],
    ['Toâi ñi hoïc', 'vni', 'Tôi đi học'],
    ['Xin chaøo caùc baïn', 'vni', 'Xin chào các bạn'],
  ] as const)('%s (%s) → %s', (input, encoding, expected) => {
    expect(convertLegacy(input, encoding)).toBe(expected);
  });
});

describe('TCVN3', () => {
  it('agrees with the TCVN 5712 chart (iconv-lite VN1) on every letter of the lower-case fonts', () => {
    expect(TCVN3.size).toBe(74);
    for (const [latin1, letter] of TCVN3) {
      expect(iconv.decode(Buffer.from([latin1.charCodeAt(0)]), 'tcvn'), `byte ${latin1.charCodeAt(0).toString(16)}`).toBe(letter);
    }
  });

  it('reads the look-alikes Word pastes', () => {
    expect(decodeTcvn3('§¶ng bé huyÖn Quang B×nh')).toBe('Đảng bộ huyện Quang Bình');
    expect(decodeTcvn3('n\u00adíc ViÖt Nam')).toBe('nước Việt Nam');
    expect(decodeTcvn3('®i häc, n¨m míi')).toBe('đi học, năm mới');
  });

  it('draws every letter as a capital in the "H" fonts', () => {
    expect(decodeTcvn3('hµ giang', true)).toBe('HÀ GIANG');
    expect(decodeTcvn3('§¶NG Bé', true)).toBe('ĐẢNG BỘ');
    expect(convertRun('ñy ban', '.VnTimeH').text).toBe('ỦY BAN');
  });

  it('leaves bytes the fonts do not use, and non-Latin-1 characters, as they are', () => {
    expect(decodeTcvn3('“bèn tèt” 5%')).toBe('“bốn tốt” 5%');
    expect(decodeTcvn3('\u00c1\u00d9\u00e0')).toBe('\u00c1\u00d9\u00e0');
  });

  it('round-trips the whole fixture article through .VnTime / .VnTimeH runs', () => {
    for (const line of fixtureLines()) {
      const runs = encodeTcvn3Runs(line);
      expect(runs.some((r) => r.text !== line)).toBe(true);
      expect(
        convertRuns(runs)
          .runs.map((r) => r.text)
          .join(''),
      ).toBe(line);
    }
  });
});

describe('VNI-Windows', () => {
  it('reads base letters with marks, and the single-byte letters', () => {
    expect(decodeVni('Vieät Nam')).toBe('Việt Nam');
    expect(decodeVni('Ñaûng boä, nöôùc, ngöôøi, naêm, ñaëc bieät')).toBe('Đảng bộ, nước, người, năm, đặc biệt');
    expect(decodeVni('VIEÄT NAM, ÑAÛNG')).toBe('VIỆT NAM, ĐẢNG');
    expect(decodeVni('chæ, mó, Hoøa, tyû, Lyù, kyõ, yø, ò, î')).toBe('chỉ, mĩ, Hòa, tỷ, Lý, kỹ, ỳ, ị, ỵ');
    expect(decodeVni('aèn, aún, aün, aén')).toBe('ằn, ẳn, ẵn, ắn');
  });

  it('round-trips the whole fixture article, capitals included', () => {
    for (const line of fixtureLines()) {
      expect(decodeVni(encodeVni(line))).toBe(line);
      expect(decodeVni(encodeVni(line.toUpperCase()))).toBe(line.toUpperCase());
    }
  });
});

describe('VIQR', () => {
  it('reads RFC 1456 marks, dd and escapes', () => {
    expect(decodeViqr('Vie^.t Nam')).toBe('Việt Nam');
    expect(decodeViqr("quo^'c ngu*~, ngu+o+`i, DDa(ng")).toBe('quốc ngữ, người, Đăng');
    expect(decodeViqr('Ho^m nay to^i ddi ho.c.')).toBe('Hôm nay tôi đi học.');
    expect(decodeViqr('Me. to^i ve^`. Xong')).toBe('Mẹ tôi về. Xong');
    expect(decodeViqr('o+? Quang Bi`nh, ddi xa.')).toBe('ở Quang Bình, đi xa.');
    expect(decodeViqr('Ca\\. Xong, sao\\?')).toBe('Ca. Xong, sao?');
    expect(decodeViqr('Ddi dda^u?\nVe^` nha`.')).toBe('Đi đâu?\nVề nhà.');
  });

  it('round-trips the fixture article', () => {
    for (const line of fixtureLines()) expect(decodeViqr(encodeViqr(line))).toBe(line);
  });
});

describe('fonts', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['VnTime', 'tcvn3'],
    ['".VnTime", serif', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnArial Narrow', 'tcvn3'],
    ['.vntime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3-upper'],
    ["'.VnArial NarrowH'", 'tcvn3-upper'],
    ['.VnHelvetInsH', 'tcvn3-upper'],
    ['.vntimeh', 'tcvn3-upper'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['VNI Times', 'vni'],
    ['"VNI-Helve-Condense"', 'vni'],
  ] as const)('%s → %s', (font, encoding) => {
    expect(legacyEncodingOfFont(font)).toBe(encoding);
  });

  it.each(['Arial', 'Times New Roman', 'Vnexpress Sans', 'VNI', 'Verdana', '', 'Tahoma, ".VnTime"'])('%s is a Unicode font', (font) => {
    expect(legacyEncodingOfFont(font)).toBeNull();
  });

  it('reads font-family from a style, not mso-*-font-family', () => {
    expect(fontFamilyOfStyle('font-size:13.0pt;font-family:".VnTime"')).toBe('".VnTime"');
    expect(fontFamilyOfStyle("mso-bidi-font-family:'.VnTime';font-family:Arial")).toBe('Arial');
    expect(fontFamilyOfStyle('color:red')).toBeUndefined();
    expect(fontFamilyOfStyle(null)).toBeUndefined();
  });

  it('converts a run only when its font is a legacy one', () => {
    expect(convertRun('Peña', 'Arial')).toEqual({ text: 'Peña', encoding: null, converted: false });
    expect(convertRun('Peña', undefined).converted).toBe(false);
    expect(convertRun('Hµ Giang', '.VnTime')).toEqual({ text: 'Hà Giang', encoding: 'tcvn3', converted: true });
  });
});

describe('pasted HTML (a tree handed in by the caller)', () => {
  it('converts text nodes by the nearest font, leaves Unicode runs alone', () => {
    const html =
      `<p class=MsoNormal><span style='font-size:14.0pt;font-family:".VnTime"'>§¶ng bé huyÖn <b>Quang B×nh</b></span>` +
      `<span style='font-family:"Times New Roman"'> Peña, 5 µm,</span> <font face="VNI-Times">Toâi ñi hoïc</font>` +
      `<span style='font-family:".VnTimeH"'> hµ giang</span></p><style>.x{font-family:".VnTime"}</style>`;
    const { document } = new JSDOM(html).window;
    const result = convertLegacyTree(document.body);
    expect(document.body.querySelector('p')!.textContent).toBe('Đảng bộ huyện Quang Bình Peña, 5 µm, Tôi đi học HÀ GIANG');
    expect(result.converted).toBe(4);
    expect(result.encodings.sort()).toEqual(['tcvn3', 'tcvn3-upper', 'vni']);
  });

  it('reports runs and encodings from (text, font) pairs', () => {
    const r = convertRuns([{ text: 'Hµ Giang', fontFamily: '.VnTime' }, { text: ' café', fontFamily: 'Arial' }, { text: ' ViÖt' }]);
    expect(r.runs.map((x) => x.text).join('')).toBe('Hà Giang café ViÖt');
    expect(r.converted).toBe(1);
    expect(r.encodings).toEqual(['tcvn3']);
  });
});

describe('detection (font-less text): offers, never converts', () => {
  it.each([
    ['Hµ Giang', 'tcvn3', 'Hà Giang'],
    ['Quang B×nh', 'tcvn3', 'Quang Bình'],
    ['Toâi ñi hoïc', 'vni', 'Tôi đi học'],
    ['Xin chaøo caùc baïn', 'vni', 'Xin chào các bạn'],
    ['Vie^.t Nam ddi ho.c', 'viqr', 'Việt Nam đi học'],
    ['Hµ GIANG, §¶NG Bé HUYÖN', 'tcvn3-upper', 'HÀ GIANG, ĐẢNG BỘ HUYỆN'],
  ] as const)('%s → %s', (text, encoding, preview) => {
    const d = detectLegacy(text);
    expect(d.encoding).toBe(encoding);
    expect(d.confidence).toBeGreaterThanOrEqual(0.5);
    expect(d.preview).toBe(preview);
  });

  it('recognises every paragraph of the fixture in TCVN3, VNI and VIQR with high confidence', () => {
    for (const line of fixtureLines()) {
      const tcvn3 = detectLegacy(encodeTcvn3Plain(line));
      expect(tcvn3.encoding, line).toMatch(/^tcvn3/);
      expect(tcvn3.confidence).toBeGreaterThan(0.8);
      const vni = detectLegacy(encodeVni(line));
      expect(vni.encoding, line).toBe('vni');
      expect(vni.confidence).toBeGreaterThan(0.8);
      expect(detectLegacy(encodeViqr(line)).encoding, line).toBe('viqr');
    }
  });

  it('cuts a long preview at a word and marks it', () => {
    const text = encodeVni(fixtureLines()[2]);
    const d = detectLegacy(text);
    expect(d.preview.endsWith('…')).toBe(true);
    expect(d.preview.length).toBeLessThanOrEqual(162);
    expect(fixtureLines()[2].startsWith(d.preview.slice(0, -1))).toBe(true);
  });

  it.each([
    'Peña',
    '5 µm',
    'café',
    'naïve',
    'Le café est très bon, mais la crème brûlée à la carte est meilleure.',
    'Il a dit « oui » et « non ».',
    'El señor Peña vive en España y habla español con su niño.',
    'Sí, señor. ¿Qué pasó en la reunión del año pasado?',
    'Zürich, Köln und München sind schöne Städte; die Straße ist groß.',
    'São Paulo não é aqui, você sabe? Até amanhã.',
    'Copyright © 2024 Acme® — £50 or ¥300, ½ price, 25 °C ± 2',
    'The sample measured 5 µm across, at 37 °C.',
    "I'm sure it's fine? Yes. We start at 9 a.m. tomorrow, e.g. the add-on.",
    'Việt Nam là một đất nước xinh đẹp, café sữa đá.',
    'Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình',
    '',
    '2023 - 2025, 96,7%',
  ])('leaves real text alone: %s', (text) => {
    const d = detectLegacy(text);
    expect(d.encoding).toBeNull();
    expect(d.preview).toBe('');
  });

  it('leaves the fixture itself alone (already Unicode)', () => {
    for (const line of fixtureLines()) expect(detectLegacy(line).encoding).toBeNull();
  });
});
