// Text that must stay on one line (a caption, a suggestion inside a paragraph): each run of line
// breaks, with the white space around it, becomes one space. Written as a split on a pattern that
// starts with the line break itself, so it runs in linear time whatever the text (a pattern
// starting with `\s*` would rescan long runs of spaces from every position).

const BREAK_AND_AFTER = /[\r\n]\s*/u;

/** `a  \n\n  b` → `a b`; text without a line break comes back as it was. */
export function oneLine(text: string): string {
  if (!/[\r\n]/u.test(text)) return text;
  const parts = text.split(BREAK_AND_AFTER);
  return parts.map((p, i) => (i < parts.length - 1 ? p.trimEnd() : p)).join(' ');
}
