// What we read from a pasted element's inline style: the marks (bold, italic, underline), the
// font a run is drawn in (for the legacy-encoding converter), whether it is hidden, and Word's
// list markers. Everything else (colours, sizes, margins) is dropped with the style.

export interface InlineStyle {
  /** true / false when the style says so (`font-weight:700`, `font-weight:normal`), else undefined. */
  bold?: boolean;
  italic?: boolean;
  /** Only ever true: `text-decoration:none` on a child cannot remove a parent's underline in CSS. */
  underline?: true;
  /** The first family of `font-family`, unquoted: `.VnTime`, `VNI-Times`, `Arial`. */
  fontFamily?: string;
  hidden?: true;
  /** Word's `mso-list: l0 level1 lfo1`: the list this paragraph belongs to (`l0/lfo1`). */
  msoList?: string;
  /** Word's `mso-list: Ignore`: the bullet or number Word draws itself. */
  msoListIgnore?: true;
  /** Width and height in CSS pixels when given in px (tracking pixels are 1×1). */
  width?: number;
  height?: number;
}

/** Declarations of a style attribute, property names lower-cased; quotes respected. */
export function declarations(style: string): Map<string, string> {
  const out = new Map<string, string>();
  let prop = '';
  let buf = '';
  let quote = '';
  const commit = (): void => {
    if (prop) out.set(prop.trim().toLowerCase(), buf.trim());
    prop = '';
    buf = '';
  };
  for (const ch of style) {
    if (quote) {
      buf += ch;
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      buf += ch;
    } else if (ch === ':' && !prop) {
      prop = buf;
      buf = '';
    } else if (ch === ';') {
      commit();
    } else {
      buf += ch;
    }
  }
  commit();
  return out;
}

/** The first family of a CSS font-family value, unquoted (`".VnTime", serif` → `.VnTime`). */
export function firstFamily(value: string): string {
  const first = value.split(',')[0] ?? '';
  return first
    .trim()
    .replace(/^["']+|(?<!["'])["']+$/g, '')
    .trim();
}

function weight(value: string): boolean | undefined {
  const v = value
    .replace(/!important/i, '')
    .trim()
    .toLowerCase();
  if (v === 'bold' || v === 'bolder') return true;
  if (v === 'normal' || v === 'lighter') return false;
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? n >= 600 : undefined;
}

function px(value: string | undefined): number | undefined {
  const m = value ? /^\s*([\d.]+)\s*(?:px\s*)?$/i.exec(value) : null;
  return m ? Number(m[1]) : undefined;
}

/** Reads the parts of an inline style that matter to an article. */
export function readStyle(style: string | null | undefined): InlineStyle {
  const out: InlineStyle = {};
  if (!style) return out;
  const d = declarations(style);
  const fw = d.get('font-weight');
  if (fw !== undefined) out.bold = weight(fw);
  const fs = d.get('font-style')?.toLowerCase();
  if (fs) out.italic = fs.includes('italic') || fs.includes('oblique');
  const td = `${d.get('text-decoration') ?? ''} ${d.get('text-decoration-line') ?? ''}`.toLowerCase();
  if (td.includes('underline')) out.underline = true;
  const family = d.get('font-family');
  if (family) {
    const f = firstFamily(family);
    if (f) out.fontFamily = f;
  }
  const display = d.get('display')?.toLowerCase();
  const visibility = d.get('visibility')?.toLowerCase();
  if (display === 'none' || visibility === 'hidden' || d.get('mso-hide')?.toLowerCase() === 'all') out.hidden = true;
  const list = d.get('mso-list');
  if (list) {
    if (/ignore/i.test(list)) out.msoListIgnore = true;
    else {
      const m = /\b(l\d+)\b.*?\b(lfo\d+)\b/i.exec(list);
      if (m) out.msoList = `${m[1]}/${m[2]}`.toLowerCase();
    }
  }
  const w = px(d.get('width'));
  const h = px(d.get('height'));
  if (w !== undefined) out.width = w;
  if (h !== undefined) out.height = h;
  return out;
}
