import { describe, expect, it } from 'vitest';
import { deliveryOf, deliverySettings, knownTimeZone, nextDigestAt, timeOfDay } from './delivery.js';

describe('digest schedule', () => {
  const now = new Date('2026-12-02T12:00:00Z');

  it('is due N minutes later for "every N minutes"', () => {
    expect(nextDigestAt({ mode: 'every', minutes: 30 }, null, now)).toEqual(new Date('2026-12-02T12:30:00Z'));
  });

  it('is due at the time of day in the conversation time zone, today or tomorrow', () => {
    // 09:00 in Moscow (UTC+3) has passed at 12:00 UTC (15:00 there): tomorrow 06:00 UTC.
    expect(nextDigestAt({ mode: 'daily', at: '09:00' }, 'Europe/Moscow', now)).toEqual(
      new Date('2026-12-03T06:00:00Z'),
    );
    // 18:30 in Moscow is still ahead: today 15:30 UTC.
    expect(nextDigestAt({ mode: 'daily', at: '18:30' }, 'Europe/Moscow', now)).toEqual(
      new Date('2026-12-02T15:30:00Z'),
    );
    // New York is UTC-5 in December: 09:00 there is 14:00 UTC today.
    expect(nextDigestAt({ mode: 'daily', at: '09:00' }, 'America/New_York', now)).toEqual(
      new Date('2026-12-02T14:00:00Z'),
    );
    expect(nextDigestAt({ mode: 'daily', at: '09:00' }, null, now)).toEqual(new Date('2026-12-03T09:00:00Z'));
  });

  it('counts in UTC when the time zone is unknown, and stores what was chosen', () => {
    expect(knownTimeZone('Mars/Olympus_Mons')).toBeUndefined();
    const settings = deliverySettings({ mode: 'daily', at: '07:15' }, 'Mars/Olympus_Mons', now);
    expect(settings).toMatchObject({ delivery: 'daily', dailyAt: '07:15', timeZone: null });
    expect(deliveryOf(settings)).toEqual({ mode: 'daily', at: '07:15' });
    expect(deliverySettings({ mode: 'instant' }, 'Europe/Moscow', now).nextDigestAt).toBeNull();
  });

  it('reads a time of day, and refuses what is none', () => {
    expect(timeOfDay('9:05')).toBe('09:05');
    expect(timeOfDay('18.30')).toBe('18:30');
    expect(timeOfDay('24:00')).toBeUndefined();
    expect(timeOfDay('noon')).toBeUndefined();
  });
});
