import { describe, expect, it } from 'vitest';
import { dateOf, formatDay, isoDateOf, relativeTime } from './format.js';

describe('dates in the tab language', () => {
  const now = new Date(2026, 11, 2, 12);

  it('shows a due date short, with the year only when it is not this year', () => {
    expect(formatDay(dateOf('2026-12-20'), 'ru', now)).toBe('20 дек.');
    expect(formatDay(dateOf('2026-12-20'), 'en', now)).toBe('Dec 20');
    expect(formatDay(dateOf('2027-01-05'), 'ru', now)).toBe('5 янв. 2027 г.');
  });

  it('keeps a calendar date the same day both ways', () => {
    for (const day of ['2026-01-01', '2026-03-29', '2026-12-31']) expect(isoDateOf(dateOf(day))).toBe(day);
  });

  it('says how long ago in the largest whole unit', () => {
    const at = (ms: number) => new Date(now.getTime() - ms).toISOString();
    expect(relativeTime(at(20_000), 'en', now)).toBe('now');
    expect(relativeTime(at(5 * 60_000), 'en', now)).toBe('5 minutes ago');
    expect(relativeTime(at(3 * 3_600_000), 'ru', now)).toBe('3 часа назад');
    expect(relativeTime(at(26 * 3_600_000), 'ru', now)).toBe('вчера');
    expect(relativeTime(at(26 * 3_600_000), 'en', now)).toBe('yesterday');
  });
});
