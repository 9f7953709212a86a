// The byline as the paper prints it, and back. House forms (docs/article-text.md):
//   Bài, ảnh: TRUNG HẬU (Quang Bình)      Tin, ảnh: …      Bài: …      Tin: …
//   Bài: TRUNG HẬU; Ảnh: MINH ANH         Nhóm PV   Nhóm PV: A - B     Theo VOV
// Names print in capitals, several joined with ` - ` (the paper's usage); the place prints as
// typed, in parentheses. One printer for the editor, the CLI, search and every export format.
// The parser is for importers, so it accepts what reporters actually type: NBSP and doubled
// spaces, `Bài và ảnh`, `–`, commas.

import type { Byline, BylinePerson, BylineRole } from './model.ts';
import type { Settings } from '../settings.ts';
import { nfc } from '../text/nfc.ts';

/** The separator between names, as the paper prints it. */
export const NAME_SEPARATOR = ' - ';

const ROLE_WORDS: Record<'bai-anh' | 'tin-anh' | 'bai' | 'tin', string> = {
  'bai-anh': 'Bài, ảnh',
  'tin-anh': 'Tin, ảnh',
  bai: 'Bài',
  tin: 'Tin',
};

/** White space of any kind (NBSP from web pages, tabs) as one plain space, trimmed, NFC. */
const tidy = (s: string): string =>
  nfc(s)
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu, ' ')
    .trim();

/** A name in the paper's capitals: `Trung Hậu` → `TRUNG HẬU` (NFC before and after, so NFD input prints right). */
export const bylineName = (name: string): string => nfc(tidy(name).toLocaleUpperCase('vi'));

const names = (people: BylinePerson[]): string =>
  people
    .map((p) => bylineName(p.name))
    .filter(Boolean)
    .join(NAME_SEPARATOR);

/** The byline's text, or '' when it names nobody (and, for `Theo`, no source). */
export function formatByline(byline: Byline): string {
  const place = byline.place && tidy(byline.place) ? ` (${tidy(byline.place)})` : '';
  const source = tidy(byline.source ?? '');
  if (byline.role === 'theo') {
    if (!source) return '';
    const who = names(byline.people);
    // Names with a source: the reporter rewrote an agency's story.
    return who ? `${who} (Theo ${source})` : `Theo ${source}`;
  }
  if (byline.role === 'nhom-pv') {
    const who = names(byline.people);
    return `${who ? `Nhóm PV: ${who}` : 'Nhóm PV'}${place}`;
  }
  const writers = names(byline.people.filter((p) => p.role !== 'photo'));
  const photographers = names(byline.people.filter((p) => p.role === 'photo'));
  if (photographers) {
    // A separate photographer turns `Bài, ảnh: A` into `Bài: A; Ảnh: B`.
    const word = byline.role === 'tin' || byline.role === 'tin-anh' ? 'Tin' : 'Bài';
    return `${writers ? `${word}: ${writers}; ` : ''}Ảnh: ${photographers}${place}`;
  }
  if (!writers) return '';
  return `${ROLE_WORDS[byline.role]}: ${writers}${place}`;
}

/** Whether the byline prints anything: someone named, or a source for `Theo …` (preflight asks). */
export const hasByline = (byline: Byline): boolean => formatByline(byline) !== '';

/** The people of a byline with what they did, for ninjs `people`. */
export function bylinePeople(byline: Byline): { name: string; rel: 'author' | 'photographer' }[] {
  return byline.people
    .filter((p) => p.name.trim())
    .map((p) => ({ name: p.name.trim(), rel: p.role === 'photo' ? 'photographer' : 'author' }));
}

/** The byline a new article starts with: `Bài, ảnh:` the reporter, at the reporter's place. */
export function defaultByline(settings: Pick<Settings, 'reporterName' | 'reporterPlace'>): Byline {
  const name = tidy(settings.reporterName);
  const place = tidy(settings.reporterPlace);
  return { role: 'bai-anh', people: name ? [{ name }] : [], ...(place ? { place } : {}) };
}

// ——— parsing ———

// Role labels as typed: `Bài, ảnh`, `Bài và ảnh`, `Bài - ảnh`, `Bài & ảnh`, `Bài/ảnh`, any case.
const JOINED = String.raw`\s*(?:,|và|-|–|&|\+|/)\s*`;
const LABEL = new RegExp(String.raw`(bài${JOINED}ảnh|tin${JOINED}ảnh|bài|tin|ảnh)\s*:`, 'giu');
const VOWEL = /[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/**
 * A name typed in capitals back to how it is written (`TRUNG HẬU` → `Trung Hậu`), so the stored
 * name reads well in ninjs and the UI. Syllables without a vowel are abbreviations (`PV`, `CTV`)
 * and stay as they are; a name typed in mixed case is kept.
 */
export function nameFromCapitals(name: string): string {
  const t = tidy(name);
  if (t !== t.toLocaleUpperCase('vi')) return t;
  return t
    .split(' ')
    .map((w) => (VOWEL.test(w) ? w.charAt(0) + w.slice(1).toLocaleLowerCase('vi') : w))
    .join(' ');
}

/** Names separated by ` - `, ` – `, commas or `và`. */
function splitNames(s: string): string[] {
  return (
    s
      // Separators start where their run of spaces starts (linear: lint regexp/no-super-linear-move).
      .split(/(?<!\s)\s+[-–—]\s+|(?<!\s)\s*[,;]\s*|(?<!\s)\s+và\s+/iu)
      .map((n) => n.replace(/^[\s.:;,\-–—]+|(?<![\s.:;,\-–—])[\s.:;,\-–—]+$/gu, ''))
      .filter(Boolean)
      .map(nameFromCapitals)
  );
}

/** A trailing `(Quang Bình)`, taken off the line. */
function takePlace(s: string): { rest: string; place?: string } {
  const closed = s.replace(/\.$/u, '').trimEnd();
  const open = closed.lastIndexOf('(');
  const inner = closed.endsWith(')') && open >= 0 ? closed.slice(open + 1, -1) : '';
  if (!inner.trim() || inner.includes(')')) return { rest: s };
  return { rest: s.slice(0, open).trimEnd(), place: tidy(inner) };
}

const person = (name: string, role?: BylinePerson['role']): BylinePerson => (role ? { name, role } : { name });

/**
 * A byline line back into its structure, or null when the line is not a byline. Accepts the
 * house forms and their sloppy variants (NBSP, doubled spaces, `Bài và ảnh:`, `Theo TTXVN.`),
 * and a line of names in capitals alone (`MINH ANH (Quang Bình)`), read as `Bài:`.
 */
export function parseByline(line: string): Byline | null {
  let s = tidy(line).replace(/\.$/u, '').trim();
  if (!s || s.length > 300) return null;

  const theo = /^theo\s+(\S.*)$/iu.exec(s);
  if (theo) return { role: 'theo', people: [], source: tidy(theo[1]) };
  // `MINH ANH (theo TTXVN)`: the last parentheses, closing the line.
  const open = s.lastIndexOf('(');
  const theoIn = s.endsWith(')') && open > 0 ? /^\s*theo\s+([^()\s][^()]*)$/iu.exec(s.slice(open + 1, -1)) : null;
  if (theoIn) return { role: 'theo', people: splitNames(s.slice(0, open)).map((n) => person(n)), source: tidy(theoIn[1]) };

  const { rest, place } = takePlace(s);
  s = rest.trim();
  const at = place ? { place } : {};

  const group = /^nhóm\s+(?:pv|phóng\s+viên)\b\s*(?::\s*)?(\S.*|)$/iu.exec(s);
  if (group) return { role: 'nhom-pv', people: splitNames(group[1]).map((n) => person(n)), ...at };

  const labels = [...s.matchAll(LABEL)];
  if (labels.length === 0 || labels[0].index !== 0) {
    // No role words: a short line of names in capitals is a byline on its own.
    const plain = splitNames(s);
    const caps = s === s.toLocaleUpperCase('vi') && /\p{Lu}/u.test(s) && s.split(' ').length <= 8 && !/\d/.test(s);
    return labels.length === 0 && caps && plain.length ? { role: 'bai', people: plain.map((n) => person(n)), ...at } : null;
  }

  const parts = labels.map((m, i) => ({
    label: m[1].toLocaleLowerCase('vi').replace(/\s+/g, ' '),
    value: s.slice((m.index ?? 0) + m[0].length, labels[i + 1]?.index ?? s.length),
  }));
  const roleOf = (label: string): BylineRole | 'anh' =>
    label === 'bài' ? 'bai' : label === 'tin' ? 'tin' : label === 'ảnh' ? 'anh' : label.startsWith('tin') ? 'tin-anh' : 'bai-anh';

  const first = roleOf(parts[0].label);
  const photoParts = parts.filter((p) => roleOf(p.label) === 'anh');
  const textParts = parts.filter((p) => roleOf(p.label) !== 'anh');
  if (photoParts.length === 0) {
    return { role: first as BylineRole, people: textParts.flatMap((p) => splitNames(p.value)).map((n) => person(n)), ...at };
  }
  const role: BylineRole = first === 'tin' || first === 'tin-anh' ? 'tin' : 'bai';
  return {
    role,
    people: [
      ...textParts.flatMap((p) => splitNames(p.value)).map((n) => person(n, 'text')),
      ...photoParts.flatMap((p) => splitNames(p.value)).map((n) => person(n, 'photo')),
    ],
    ...at,
  };
}
