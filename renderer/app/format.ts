// Times as the paper prints them, whatever the UI language: `17:43, 05/01/2025` in Hanoi time.

const parts = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hourCycle: 'h23',
});

/** `17:43, 05/01/2025` (Asia/Ho_Chi_Minh) for an ISO instant; the input itself if unparseable. */
export function formatNewsroomTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p: Record<string, string> = {};
  for (const { type, value } of parts.formatToParts(date)) p[type] = value;
  return `${p.hour}:${p.minute}, ${p.day}/${p.month}/${p.year}`;
}
