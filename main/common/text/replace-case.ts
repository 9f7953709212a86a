// Replace keeps the case pattern of what it replaces, as Word and Google Docs do when "Phân biệt
// hoa thường" (match case) is off: `dang vien` → `đảng viên` writes `Đảng viên` over `Đảng viên`
// at a sentence start, `ĐẢNG VIÊN` over a headline's capitals, and the replacement as typed over
// lower case. With match case on, the replacement is always written as typed.

const LETTER = /\p{L}/u;

const letters = (s: string): string[] => [...s].filter((c) => LETTER.test(c));
const isUpper = (c: string): boolean => c !== c.toLocaleLowerCase('vi') && c === c.toLocaleUpperCase('vi');

/** The case pattern of a found text: all capitals (two letters or more), a first capital, or none. */
export function casePattern(found: string): 'upper' | 'capital' | 'none' {
  const all = letters(found);
  if (!all.length) return 'none';
  if (all.length > 1 && all.every(isUpper)) return 'upper';
  return isUpper(all[0]) ? 'capital' : 'none';
}

/** The replacement written in the found text's case pattern. */
export function keepCase(found: string, replacement: string): string {
  switch (casePattern(found)) {
    case 'upper':
      return replacement.toLocaleUpperCase('vi');
    case 'capital': {
      // The first letter, wherever it is (a replacement may start with a quote mark or a digit).
      const chars = [...replacement];
      const i = chars.findIndex((c) => LETTER.test(c));
      if (i < 0) return replacement;
      chars[i] = chars[i].toLocaleUpperCase('vi');
      return chars.join('');
    }
    default:
      return replacement;
  }
}
