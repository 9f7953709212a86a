// The paper's way of writing a time, `17:43, 05/01/2025` (hour:minute, day/month/year), always
// in Asia/Ho_Chi_Minh whatever the computer's zone, and a strict parser back to an ISO instant.
// Never Date.parse a Vietnamese date: it reads `05/01/2025` as the 1st of May.

export const NEWSROOM_ZONE = 'Asia/Ho_Chi_Minh';

const FORMAT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: NEWSROOM_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The newsroom's wall-clock reading of an instant (parts, so ICU's punctuation never matters). */
function wallTime(date: Date): WallTime {
  const p: Record<string, number> = {};
  for (const part of FORMAT.formatToParts(date)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour % 24, minute: p.minute, second: p.second };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** An ISO instant as a Date, or null when missing or not a valid instant. */
function instant(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  // Only ISO 8601 with a zone: anything else is not an instant we stored.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(iso)) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `17:43, 05/01/2025`, or '' when there is no valid time. */
export function formatPublishTime(iso: string | null | undefined): string {
  const d = instant(iso);
  if (!d) return '';
  const w = wallTime(d);
  return `${pad(w.hour)}:${pad(w.minute)}, ${pad(w.day)}/${pad(w.month)}/${w.year}`;
}

/** `31/12/2024` (the date alone, as under related articles), or ''. */
export function formatPublishDate(iso: string | null | undefined): string {
  const d = instant(iso);
  if (!d) return '';
  const w = wallTime(d);
  return `${pad(w.day)}/${pad(w.month)}/${w.year}`;
}

/** The same instant as ISO 8601 on the newsroom's clock, `2025-01-05T17:43:00+07:00` (for <time datetime>), or ''. */
export function isoInNewsroomZone(iso: string | null | undefined): string {
  const d = instant(iso);
  if (!d) return '';
  const w = wallTime(d);
  // The offset Intl applied (UTC+7 since 1975, other offsets before), so the string names the same instant.
  const minutes = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - d.getTime()) / 60_000);
  const offset = `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offset}`;
}

/** The calendar day of an instant in the newsroom, `2024-12-31`, or ''. */
export function newsroomDay(iso: string | null | undefined): string {
  const d = instant(iso);
  if (!d) return '';
  const w = wallTime(d);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function validDay(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The instant at which the newsroom's clock reads this wall time. Vietnam has kept UTC+7 since
 * 1975; the offset is still asked of Intl so older dates come out right too.
 */
function fromWallTime(w: WallTime): Date {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  let guess = asUtc - 7 * 3_600_000;
  for (let i = 0; i < 2; i++) {
    const seen = wallTime(new Date(guess));
    const seenUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second);
    guess += asUtc - seenUtc;
  }
  return new Date(guess);
}

// Day/month/year with `/` (the paper) or `.` (another house style), one separator throughout.
const DATE = String.raw`(\d{1,2})(?<sep>[/.])(\d{1,2})\k<sep>(\d{4})`;
const TIME_RE = new RegExp(String.raw`^(\d{1,2}):(\d{2}),\s*${DATE}$`, 'u');
const DATE_RE = new RegExp(`^${DATE}$`, 'u');

/**
 * `17:43, 05/01/2025` (newsroom time) → `2025-01-05T10:43:00.000Z`; null for anything else or an
 * impossible time (31/02, 24:00). One-digit hours, days and months are accepted.
 */
export function parsePublishTime(text: string): string | null {
  const m = TIME_RE.exec(text.replace(/\u00a0/g, ' ').trim());
  if (!m) return null;
  const hour = Number(m[1]),
    minute = Number(m[2]),
    day = Number(m[3]),
    month = Number(m[5]),
    year = Number(m[6]);
  if (hour > 23 || minute > 59 || !validDay(year, month, day)) return null;
  return fromWallTime({ year, month, day, hour, minute, second: 0 }).toISOString();
}

/** `31/12/2024` → `2024-12-31` (a calendar day, no time); null when not a real date. */
export function parseDate(text: string): string | null {
  const m = DATE_RE.exec(text.replace(/\u00a0/g, ' ').trim());
  if (!m) return null;
  const day = Number(m[1]),
    month = Number(m[3]),
    year = Number(m[4]);
  if (!validDay(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The instant a newsroom day (`2024-12-31`) starts, as ISO; null when not a real day. */
export function dayStart(day: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const year = Number(m[1]),
    month = Number(m[2]),
    d = Number(m[3]);
  if (!validDay(year, month, d)) return null;
  return fromWallTime({ year, month, day: d, hour: 0, minute: 0, second: 0 }).toISOString();
}

/** The instant the day after `day` starts (the exclusive end of a day range), as ISO; null when not a real day. */
export function dayEnd(day: string): string | null {
  const start = dayStart(day);
  if (!start) return null;
  const next = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1));
  return dayStart(`${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`);
}
