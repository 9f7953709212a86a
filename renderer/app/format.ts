// Dates and times for people, in one place, driven by the UI language and never by the
// browser's locale: on the newsroom's clock (Asia/Ho_Chi_Minh) whatever the laptop's zone.
//   Vietnamese: `17:43, 05/01/2025` and `05/01/2025` (day/month/year, as the paper prints it)
//   English:    `5 Jan 2025, 17:43` and `5 Jan 2025` (the month in words: never ambiguous)
// Dates typed by the reporter are day/month/year in both languages (parseDate).

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPublishDate, formatPublishTime, NEWSROOM_ZONE } from '../../main/common/article/time.ts';

export type DateLanguage = 'vi' | 'en';

const english = new Intl.DateTimeFormat('en-GB', { timeZone: NEWSROOM_ZONE, day: 'numeric', month: 'short', year: 'numeric' });
const englishTime = new Intl.DateTimeFormat('en-GB', { timeZone: NEWSROOM_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const valid = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** A date and time for the language (see above); '' when there is none, the input itself when unreadable. */
export function formatTime(iso: string | null | undefined, language: DateLanguage = 'vi'): string {
  const d = valid(iso);
  if (!d) return iso ?? '';
  if (language === 'en') return `${english.format(d)}, ${englishTime.format(d)}`;
  return formatPublishTime(d.toISOString()) || (iso ?? '');
}

/** A date alone for the language; '' when there is none. */
export function formatDate(iso: string | null | undefined, language: DateLanguage = 'vi'): string {
  const d = valid(iso);
  if (!d) return iso ?? '';
  return language === 'en' ? english.format(d) : formatPublishDate(d.toISOString());
}

/** `17:43, 05/01/2025` in Hanoi time: the paper's form, the same in every language. */
export const formatNewsroomTime = (iso: string): string => formatTime(iso, 'vi');

/** The formatters bound to the UI language of the moment. */
export function useDates(): {
  formatTime: (iso: string | null | undefined) => string;
  formatDate: (iso: string | null | undefined) => string;
  language: DateLanguage;
} {
  const { i18n } = useTranslation();
  const language: DateLanguage = i18n.language === 'en' ? 'en' : 'vi';
  return useMemo(
    () => ({ formatTime: (iso) => formatTime(iso, language), formatDate: (iso) => formatDate(iso, language), language }),
    [language],
  );
}
