// Dates and times as people read them in the tab's language, through Intl (no date library): a due date as
// "20 дек." / "Dec 20" (the year only when it is not this year), a moment as "5 minutes ago" / "вчера".

/** A calendar date (YYYY-MM-DD) as a local Date at noon, so no time zone shifts it to another day. */
export function dateOf(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year!, month! - 1, day!, 12);
}

/** YYYY-MM-DD of a local Date (what a date picker gives). */
export function isoDateOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// Building an Intl formatter costs far more than using one; a board of 1000 cards formats 1000 dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withYear}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
    });
    formatters.set(key, format);
  }
  return format;
}

export function formatDay(date: Date, locale: string, now = new Date()): string {
  return dateFormat(locale, date.getFullYear() !== now.getFullYear()).format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** How long ago (or until) an instant, in the largest whole unit: "3 hours ago", "вчера", "now". */
export function relativeTime(iso: string, locale: string, now = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** The full date and time, for a tooltip next to a relative time. */
export function formatMoment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
