// A small XML tokenizer for the parts of a .docx we read ourselves (runs and their fonts). It
// keeps the offsets of every token, so text can be replaced in place and every other byte of
// the part stays exactly as Word wrote it. No DTDs: OOXML forbids them, and refusing them
// closes the door on entity-expansion tricks.

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; start: number; end: number }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'text'; raw: string; start: number; end: number };

// Sticky: tried only where a `<` is, and a `<` that opens no tag ends the document at once, so an
// unclosed `<!--` or `<![CDATA[` is read once, never again from every later `<` (linear).
const TAG =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!([^>]*)>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

export class XmlError extends Error {}

/** The tokens of an XML document, in order; throws XmlError on a DTD or a broken tag. */
export function* tokenizeXml(xml: string): Generator<XmlToken> {
  let last = 0;
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', last)) {
    if (at > last) yield* textToken(xml, last, at);
    TAG.lastIndex = at;
    const m = TAG.exec(xml);
    if (!m) throw new XmlError(`a broken tag near offset ${at}`);
    last = TAG.lastIndex;
    if (m[2] !== undefined) throw new XmlError('a DTD or declaration inside the XML');
    if (m[1] !== undefined) {
      // CDATA: its content is literal text; offsets point inside the brackets.
      yield { kind: 'text', raw: escapeXmlText(m[1]), start: m.index, end: last };
      continue;
    }
    if (m[4] === undefined) continue; // comment or processing instruction
    if (m[3] === '/') {
      yield { kind: 'close', name: m[4], start: m.index, end: last };
      continue;
    }
    const attrs: Record<string, string> = {};
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(m[5]); a; a = ATTR.exec(m[5])) attrs[a[1]] = decodeXmlEntities(a[2] ?? a[3] ?? '');
    yield { kind: 'open', name: m[4], attrs, selfClosing: m[6] === '/', start: m.index, end: last };
  }
  if (last < xml.length) yield* textToken(xml, last, xml.length);
}

function* textToken(xml: string, start: number, end: number): Generator<XmlToken> {
  const raw = xml.slice(start, end);
  if (raw.includes('<')) throw new XmlError(`a broken tag near offset ${start}`);
  yield { kind: 'text', raw, start, end };
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with the five XML entities and character references resolved. */
export function decodeXmlEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[ref] ?? all;
  });
}

/** Text escaped for an XML text node. */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
