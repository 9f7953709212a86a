import { describe, expect, it } from 'vitest';
import {
  dayEnd,
  dayStart,
  formatPublishDate,
  formatPublishTime,
  newsroomDay,
  parseDate,
  parsePublishTime,
} from '../../../main/common/article/time.ts';

describe('publish time', () => {
  it('prints the paper’s form in Asia/Ho_Chi_Minh whatever the instant’s offset', () => {
    expect(formatPublishTime('2025-01-05T10:43:00Z')).toBe('17:43, 05/01/2025');
    expect(formatPublishTime('2025-01-05T17:43:00+07:00')).toBe('17:43, 05/01/2025');
    expect(formatPublishTime('2025-01-05T04:43:00-06:00')).toBe('17:43, 05/01/2025');
    // Late UTC evening is the next morning in Hà Giang.
    expect(formatPublishTime('2024-12-31T18:05:00.000Z')).toBe('01:05, 01/01/2025');
    expect(formatPublishDate('2024-12-31T16:59:59Z')).toBe('31/12/2024');
    expect(formatPublishDate('2024-12-31T17:00:00Z')).toBe('01/01/2025');
    expect(newsroomDay('2024-12-31T17:00:00Z')).toBe('2025-01-01');
  });

  it('prints nothing for a missing or invalid instant', () => {
    expect(formatPublishTime(null)).toBe('');
    expect(formatPublishTime('')).toBe('');
    expect(formatPublishTime('05/01/2025')).toBe('');
    expect(formatPublishTime('2025-13-45T10:00:00Z')).toBe('');
  });

  it('parses the paper’s form back to the instant', () => {
    expect(parsePublishTime('17:43, 05/01/2025')).toBe('2025-01-05T10:43:00.000Z');
    expect(parsePublishTime(' 7:05, 5/1/2025 ')).toBe('2025-01-05T00:05:00.000Z');
    expect(parsePublishTime('00:10, 01/01/2025')).toBe('2024-12-31T17:10:00.000Z');
    expect(parsePublishTime('17:43,\u00a005.01.2025')).toBe('2025-01-05T10:43:00.000Z');
  });

  it('round-trips every minute of a day across the year boundary', () => {
    const start = Date.parse('2024-12-31T10:00:00Z');
    for (let m = 0; m < 24 * 60; m += 7) {
      const iso = new Date(start + m * 60_000).toISOString();
      expect(parsePublishTime(formatPublishTime(iso))).toBe(iso);
    }
  });

  it('refuses anything else, never guessing month/day order', () => {
    for (const bad of [
      '05/01/2025',
      '17:43 05/01/2025',
      '24:00, 01/01/2025',
      '17:60, 01/01/2025',
      '10:00, 31/02/2025',
      '10:00, 29/02/2025',
      '10:00, 05/13/2025',
      '2025-01-05T10:43:00Z',
      '10:00, 05/01-2025',
      'hôm nay',
    ]) {
      expect(parsePublishTime(bad), bad).toBeNull();
    }
    expect(parsePublishTime('10:00, 29/02/2024')).toBe('2024-02-29T03:00:00.000Z');
  });
});

describe('date alone', () => {
  it('parses day/month/year strictly', () => {
    expect(parseDate('31/12/2024')).toBe('2024-12-31');
    expect(parseDate('23.3.2021')).toBe('2021-03-23');
    expect(parseDate('5/1/2025')).toBe('2025-01-05');
    expect(parseDate('31/11/2024')).toBeNull();
    expect(parseDate('12/31/2024')).toBeNull();
    expect(parseDate('23.3/2021')).toBeNull();
    expect(parseDate('2024-12-31')).toBeNull();
  });

  it('turns a newsroom day into its instants', () => {
    expect(dayStart('2025-01-05')).toBe('2025-01-04T17:00:00.000Z');
    expect(dayEnd('2025-01-05')).toBe('2025-01-05T17:00:00.000Z');
    expect(dayEnd('2024-12-31')).toBe('2024-12-31T17:00:00.000Z');
    expect(dayStart('2025-02-30')).toBeNull();
    expect(dayEnd('x')).toBeNull();
  });
});
