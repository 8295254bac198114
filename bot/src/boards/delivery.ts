// How a followed board's changes reach a conversation: at once, or gathered into a digest every N minutes
// or once a day at a time of day in the conversation's time zone. The one place that knows when the next
// digest is due; the bot's commands, the board card and the notifier all ask here.
import type { DeliverySettings, SubscriptionRow } from '../data/index.js';

export type Delivery =
  { mode: 'instant' } | { mode: 'every'; minutes: number } | { mode: 'daily'; at: string };

/** Digests no closer together than this: the notifier polls every half minute or so. */
export const MIN_DIGEST_MINUTES = 5;
export const MAX_DIGEST_MINUTES = 24 * 60;

/** A time of day "HH:MM" (24 h), normalised to two digits each; undefined when it is no time of day. */
export function timeOfDay(text: string): string | undefined {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * The IANA zone when this runtime knows it; undefined otherwise (the caller then counts in UTC).
 * @internal Tests use it too.
 */
export function knownTimeZone(zone: string | undefined | null): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

export function deliveryOf(row: Pick<SubscriptionRow, 'delivery' | 'everyMinutes' | 'dailyAt'>): Delivery {
  if (row.delivery === 'every' && row.everyMinutes) return { mode: 'every', minutes: row.everyMinutes };
  if (row.delivery === 'daily' && row.dailyAt) return { mode: 'daily', at: row.dailyAt };
  return { mode: 'instant' };
}

/** What is stored for a delivery chosen at `now`, in the conversation's time zone (UTC when unknown). */
export function deliverySettings(
  delivery: Delivery,
  timeZone: string | undefined,
  now = new Date(),
): DeliverySettings {
  const zone = knownTimeZone(timeZone) ?? null;
  const base = { timeZone: zone, everyMinutes: null, dailyAt: null };
  switch (delivery.mode) {
    case 'instant':
      return { ...base, delivery: 'instant', nextDigestAt: null };
    case 'every':
      return {
        ...base,
        delivery: 'every',
        everyMinutes: delivery.minutes,
        nextDigestAt: nextDigestAt(delivery, zone, now),
      };
    case 'daily':
      return {
        ...base,
        delivery: 'daily',
        dailyAt: delivery.at,
        nextDigestAt: nextDigestAt(delivery, zone, now),
      };
  }
}

/** When the digest after `now` is due; null for instant delivery. */
export function nextDigestAt(delivery: Delivery, timeZone: string | null, now: Date): Date | null {
  switch (delivery.mode) {
    case 'instant':
      return null;
    case 'every':
      return new Date(now.getTime() + delivery.minutes * 60_000);
    case 'daily':
      return nextDailyTime(delivery.at, timeZone ?? 'UTC', now);
  }
}

function nextDailyTime(at: string, zone: string, now: Date): Date {
  const [hours, minutes] = at.split(':').map(Number) as [number, number];
  const today = partsIn(zone, now);
  for (let days = 0; days <= 2; days++) {
    const wall = Date.UTC(today.year, today.month - 1, today.day + days, hours, minutes);
    // The wall-clock time in the zone as an instant: shifted by the zone's offset at about that time.
    const instant = new Date(wall - offsetMinutes(zone, new Date(wall)) * 60_000);
    if (instant > now) return instant;
  }
  return new Date(now.getTime() + 24 * 60 * 60_000);
}

function partsIn(zone: string, at: Date) {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

/** Minutes the zone is ahead of UTC at `at`. */
function offsetMinutes(zone: string, at: Date): number {
  const p = partsIn(zone, at);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}
