// The paper's way of showing a time: `17:43, 05/01/2025` in Asia/Ho_Chi_Minh, whatever the
// computer's zone. Private to export until main/common/article/time.ts exists (then use that).

const ZONE = 'Asia/Ho_Chi_Minh';

const parts = (date: Date, options: Intl.DateTimeFormatOptions): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hourCycle: 'h23', ...options }).formatToParts(date)) out[p.type] = p.value;
  return out;
};

const valid = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** `17:43, 05/01/2025`, or '' when there is no valid time. */
export function formatPublishTime(iso: string | null | undefined): string {
  const d = valid(iso);
  if (!d) return '';
  const p = parts(d, { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });
  return `${p.hour}:${p.minute}, ${p.day}/${p.month}/${p.year}`;
}

/** `05/01/2025` (the date alone, as in related-article lists), or ''. */
export function formatPublishDate(iso: string | null | undefined): string {
  const d = valid(iso);
  if (!d) return '';
  const p = parts(d, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return `${p.day}/${p.month}/${p.year}`;
}

/** The same instant as ISO 8601 in the paper's zone: `2025-01-05T17:43:00+07:00` (for <time datetime>). */
export function isoInNewsroomZone(iso: string | null | undefined): string {
  const d = valid(iso);
  if (!d) return '';
  const p = parts(d, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  // Vietnam has kept UTC+7 without daylight saving since 1975.
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+07:00`;
}
