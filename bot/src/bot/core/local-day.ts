// "Today" as the person sees it. Teams tells where the sender is on their activities: `localTimezone` (an
// IANA name such as "Europe/Moscow") and `localTimestamp` (their clock, with its UTC offset). The zone is
// preferred (it is right whatever the hour), then the offset; an activity with neither counts in UTC.
/** The calendar date ("YYYY-MM-DD") at `now` for the person who sent `activity`. */
export function localToday(
  // botbuilder keeps the timestamp as sent (with its offset) in rawLocalTimestamp, and makes a Date of it.
  activity: { localTimezone?: string; rawLocalTimestamp?: string },
  now: Date = new Date(),
): string {
  return (
    dateInZone(now, activity.localTimezone) ??
    dateAtOffset(now, activity.rawLocalTimestamp) ??
    now.toISOString().slice(0, 10)
  );
}

function dateInZone(now: Date, timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
  } catch (error) {
    if (error instanceof RangeError) return undefined; // a zone this runtime does not know
    throw error;
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "2026-12-20T23:30:00.000+03:00" -> the date three hours ahead of UTC at `now`. */
function dateAtOffset(now: Date, localTimestamp: string | undefined): string | undefined {
  const offset = /(?:([+-])(\d{2}):?(\d{2})|Z)$/.exec(localTimestamp ?? '');
  if (!offset) return undefined;
  const [, sign, hours = '0', minutes = '0'] = offset;
  const minutesEast = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  return new Date(now.getTime() + minutesEast * 60_000).toISOString().slice(0, 10);
}
