import { describe, expect, it } from 'vitest';
import { calendarFormatting, calendarStrings, firstDayOfWeek } from './calendar-strings.js';

const t = ((key: string) => `«${key}»`) as never;

describe('the date picker in the tab language', () => {
  it('names months and days through Intl, Sunday first as the picker expects', () => {
    const ru = calendarStrings('ru', t);
    expect(ru.months[11]).toBe('декабрь');
    expect(ru.shortMonths[11]).toBe('дек.');
    expect(ru.days[0]).toBe('воскресенье');
    expect(ru.shortDays.slice(0, 2)).toEqual(['вс', 'пн']);
    expect(calendarStrings('en', t).months[0]).toBe('January');
    expect(ru.goToToday).toBe('«calendar.goToToday»');
  });

  it('speaks of dates in the tab language', () => {
    const ru = calendarFormatting('ru');
    expect(ru.formatMonthDayYear(new Date(2026, 11, 20), calendarStrings('ru', t))).toBe(
      '20 декабря 2026 г.',
    );
    expect(ru.formatMonthYear(new Date(2026, 11, 20), calendarStrings('ru', t))).toBe('декабрь 2026 г.');
    expect(ru.formatMonth(new Date(2026, 11, 20), calendarStrings('ru', t))).toBe('дек.');
  });

  it('starts weeks on Monday in Russian', () => {
    expect(firstDayOfWeek('ru')).toBe(1);
    expect(firstDayOfWeek('en')).toBe(0);
  });
});
