// Which legacy encoding a font implies. Word and browsers write the family in many ways:
// `.VnTime`, `VnTime`, `".VnTimeH"`, `'VNI-Times'`, `VNI Helve`, `.VnArial NarrowH, serif`.
// The first family of a stack is the one the text was drawn in, so it decides.

/** Encodings converted by our own tables (the byte encodings go through iconv-lite in main/core). */
export type LegacyEncoding = 'tcvn3' | 'tcvn3-upper' | 'vni' | 'viqr';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'tcvn3-upper', 'vni', 'viqr'];

/** The first family of a CSS font-family value, without quotes or surrounding space. */
export function firstFontFamily(fontFamily: string): string {
  const first = fontFamily.split(',')[0] ?? '';
  return first
    .trim()
    .replace(/^["']+|(?<!["'])["']+$/g, '')
    .trim();
}

/**
 * The encoding a font family implies, or null for a Unicode font: `.VnTime` → tcvn3,
 * `.VnTimeH` → tcvn3-upper, `VNI-Times` → vni.
 */
export function legacyEncodingOfFont(fontFamily: string | undefined | null): LegacyEncoding | null {
  if (!fontFamily) return null;
  const name = firstFontFamily(fontFamily);
  // VNI fonts: `VNI-Times`, `VNI Helve`, `VNI_Aptima`, and the bold/italic faces Word names apart.
  if (/^vni[-\s_]/i.test(name)) return 'vni';
  // TCVN3 fonts: `.VnTime`, `VnTime`, `.VnArial Narrow`; not `VNI…`, not `Vni…`-like words.
  const m = /^\.?vn(?!i[-\s_])([a-z][\w .-]*)$/i.exec(name);
  if (!m) return null;
  // Without the dot, a capital must follow Vn (`VnTime`), so `Vnexpress` is not taken for one,
  // and a bare `VNI…` is not a TCVN3 font either.
  if (!name.startsWith('.') && (!/^[Vv][Nn][A-Z]/.test(name) || /^vni/i.test(name))) return null;
  // The capital fonts end in H: `.VnTimeH`, `.VnArial NarrowH`, `.VnHelvetInsH`.
  // A name written all in lower case (`.vntimeh`) loses that capital; then a final h will do.
  const bare = m[1].replace(/(?<![\s-])[\s-]+(bold|italic|regular)$/i, '').trimEnd();
  const capitalH = bare === bare.toLowerCase() ? /h$/ : /H$/;
  return capitalH.test(bare) ? 'tcvn3-upper' : 'tcvn3';
}

/** Reads the font family from an inline style (`font-family:".VnTime";font-size:13pt`). */
export function fontFamilyOfStyle(style: string | null | undefined): string | undefined {
  if (!style) return undefined;
  // `font-family` itself, not Word's `mso-bidi-font-family` and friends.
  const m = /(?:^|[;{\s])font-family\s*:\s*([^;]+)/i.exec(style);
  if (!m) return undefined;
  const value = m[1]
    .replace(/&quot;/g, '"')
    .replace(/(?<!\s)\s*!important\s*$/i, '')
    .trim();
  return value || undefined;
}
