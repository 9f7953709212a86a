// Tone-insensitive matching: `da nang` finds `Đà Nẵng`, `hoa binh` finds `Hòa Bình` and `Hoà Bình`.
// NFD then drop combining marks, and map đ/Đ (a letter of its own, not a mark) to d.

export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order: Anh < Ăn < Âm < Da < Đà Nẵng < Ong < Ô < Ơ < Uy < Ư. */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);
