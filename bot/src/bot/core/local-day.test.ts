import { describe, expect, it } from 'vitest';
import { localToday } from './local-day.js';

describe("the person's today", () => {
  // 21:30 UTC on Sunday 20 December: already Monday in Moscow, still Sunday in New York.
  const lateEvening = new Date('2026-12-20T21:30:00Z');

  it('is the date in the zone Teams names, around midnight both ways', () => {
    expect(localToday({ localTimezone: 'Europe/Moscow' }, lateEvening)).toBe('2026-12-21');
    expect(localToday({ localTimezone: 'America/New_York' }, lateEvening)).toBe('2026-12-20');
    expect(localToday({ localTimezone: 'Europe/Moscow' }, new Date('2026-12-20T20:59:59Z'))).toBe(
      '2026-12-20',
    );
    expect(localToday({ localTimezone: 'Europe/Moscow' }, new Date('2026-12-20T21:00:00Z'))).toBe(
      '2026-12-21',
    );
    // Half-hour zones and the date line.
    expect(localToday({ localTimezone: 'Asia/Kolkata' }, new Date('2026-12-31T18:29:00Z'))).toBe(
      '2026-12-31',
    );
    expect(localToday({ localTimezone: 'Asia/Kolkata' }, new Date('2026-12-31T18:30:00Z'))).toBe(
      '2027-01-01',
    );
    expect(localToday({ localTimezone: 'Pacific/Kiritimati' }, new Date('2026-12-31T10:00:00Z'))).toBe(
      '2027-01-01',
    );
  });

  it("falls back to the offset of the sender's clock, then to UTC", () => {
    expect(localToday({ rawLocalTimestamp: '2026-12-21T00:30:00.000+03:00' }, lateEvening)).toBe(
      '2026-12-21',
    );
    expect(localToday({ rawLocalTimestamp: '2026-12-20T16:30:00-0500' }, lateEvening)).toBe('2026-12-20');
    expect(
      localToday({ rawLocalTimestamp: '2026-12-20T21:30:00+00:00' }, new Date('2026-12-20T23:59:59Z')),
    ).toBe('2026-12-20');
    expect(localToday({ rawLocalTimestamp: '2026-12-21T03:00:00.000+05:30' }, lateEvening)).toBe(
      '2026-12-21',
    );
    // An unknown zone is passed over, not an error.
    expect(
      localToday(
        { localTimezone: 'Mars/Olympus_Mons', rawLocalTimestamp: '2026-12-21T00:30:00+03:00' },
        lateEvening,
      ),
    ).toBe('2026-12-21');
    expect(localToday({}, lateEvening)).toBe('2026-12-20');
    expect(localToday({ rawLocalTimestamp: 'yesterday' }, lateEvening)).toBe('2026-12-20');
  });
});
