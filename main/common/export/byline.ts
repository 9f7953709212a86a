// The byline as the paper prints it: `Bài, ảnh: TRUNG HẬU (Quang Bình)`, `Bài: A; Ảnh: B`,
// `Nhóm PV`, `Theo VOV`. Private to export until main/common/article/byline.ts exists.

import type { Byline, BylinePerson } from '../article/model.ts';

const ROLE_WORDS: Record<'bai-anh' | 'tin-anh' | 'bai' | 'tin', string> = {
  'bai-anh': 'Bài, ảnh',
  'tin-anh': 'Tin, ảnh',
  bai: 'Bài',
  tin: 'Tin',
};

const upper = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi');
const names = (people: BylinePerson[]): string => people.map((p) => upper(p.name)).filter(Boolean).join(' - ');

/** The byline's text, or '' when nobody is named. */
export function formatByline(byline: Byline): string {
  const place = byline.place?.trim() ? ` (${byline.place.trim()})` : '';
  if (byline.role === 'theo') return byline.source?.trim() ? `Theo ${byline.source.trim()}` : '';
  if (byline.role === 'nhom-pv') {
    const who = names(byline.people);
    return who ? `Nhóm PV: ${who}${place}` : `Nhóm PV${place}`;
  }
  const writers = byline.people.filter((p) => p.role !== 'photo');
  const photographers = byline.people.filter((p) => p.role === 'photo');
  const text = names(writers);
  if (!text) return '';
  const photo = names(photographers);
  // A separate photographer turns `Bài, ảnh: A` into `Bài: A; Ảnh: B`.
  if (photo) {
    const role = byline.role === 'tin' || byline.role === 'tin-anh' ? 'Tin' : 'Bài';
    return `${role}: ${text}; Ảnh: ${photo}${place}`;
  }
  return `${ROLE_WORDS[byline.role]}: ${text}${place}`;
}

/** The people of a byline with what they did, for ninjs `people`. */
export function bylinePeople(byline: Byline): { name: string; rel: 'author' | 'photographer' }[] {
  return byline.people
    .filter((p) => p.name.trim())
    .map((p) => ({ name: p.name.trim(), rel: p.role === 'photo' ? 'photographer' : 'author' }));
}

/** Whether the byline names someone (or a source, for `Theo …`). */
export function hasByline(byline: Byline): boolean {
  return formatByline(byline) !== '';
}
