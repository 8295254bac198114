// The date picker in the tab's language: month and day names from Intl, the picker's own labels from i18n.
import type { CalendarStrings, DatePickerProps } from '@fluentui/react-datepicker-compat';

type DateFormatting = NonNullable<DatePickerProps['dateTimeFormatter']>;
import type { TFunction } from 'i18next';

const names = (
  locale: string,
  count: number,
  at: (i: number) => Date,
  options: Intl.DateTimeFormatOptions,
) => {
  const format = new Intl.DateTimeFormat(locale, options);
  return Array.from({ length: count }, (_, i) => format.format(at(i)));
};

export function calendarStrings(locale: string, t: TFunction): CalendarStrings {
  const month = (i: number) => new Date(2026, i, 1);
  const weekday = (i: number) => new Date(2026, 10, 1 + i); // 1 November 2026 is a Sunday, as the picker counts
  return {
    months: names(locale, 12, month, { month: 'long' }),
    shortMonths: names(locale, 12, month, { month: 'short' }),
    days: names(locale, 7, weekday, { weekday: 'long' }),
    shortDays: names(locale, 7, weekday, { weekday: 'short' }),
    goToToday: t('calendar.goToToday'),
    prevMonthAriaLabel: t('calendar.prevMonth'),
    nextMonthAriaLabel: t('calendar.nextMonth'),
    prevYearAriaLabel: t('calendar.prevYear'),
    nextYearAriaLabel: t('calendar.nextYear'),
    prevYearRangeAriaLabel: t('calendar.prevYearRange'),
    nextYearRangeAriaLabel: t('calendar.nextYearRange'),
    closeButtonAriaLabel: t('calendar.close'),
    selectedDateFormatString: t('calendar.selected'),
    todayDateFormatString: t('calendar.today'),
    monthPickerHeaderAriaLabel: t('calendar.monthHeader'),
    yearPickerHeaderAriaLabel: t('calendar.yearHeader'),
    weekNumberFormatString: t('calendar.weekNumber'),
  };
}

/** How the picker speaks of dates (its labels and the day buttons' names), in the tab's language. */
export function calendarFormatting(locale: string): DateFormatting {
  const full = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
  return {
    formatDay: (date) => String(date.getDate()),
    // Names the month grid's buttons, which show the short names: a screen reader says what is seen.
    formatMonth: (date, strings) => strings.shortMonths[date.getMonth()]!,
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date) => full.format(date),
    formatMonthYear: (date) => monthYear.format(date),
  };
}

/** Weeks start on Monday in Russian, on Sunday in English (the picker's DayOfWeek numbers). */
export const firstDayOfWeek = (locale: string) =>
  (locale.startsWith('ru') ? 1 : 0) as NonNullable<DatePickerProps['firstDayOfWeek']>;
