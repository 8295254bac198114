import { describe, expect, it } from 'vitest';
import { dueGroupOf } from './due-groups.js';

describe('due groups', () => {
  // 2026-12-16 is a Wednesday: its week runs from Monday 14 to Sunday 20 December.
  const wednesday = '2026-12-16';

  it('puts a date before today in overdue, today in today, and no date in none', () => {
    expect(dueGroupOf('2026-12-15', wednesday)).toBe('overdue');
    expect(dueGroupOf('2025-12-16', wednesday)).toBe('overdue');
    expect(dueGroupOf(wednesday, wednesday)).toBe('today');
    expect(dueGroupOf(undefined, wednesday)).toBe('none');
    expect(dueGroupOf('', wednesday)).toBe('none');
  });

  it('ends this week on Sunday: Monday next is later', () => {
    expect(dueGroupOf('2026-12-17', wednesday)).toBe('thisWeek');
    expect(dueGroupOf('2026-12-20', wednesday)).toBe('thisWeek');
    expect(dueGroupOf('2026-12-21', wednesday)).toBe('later');
    // Earlier days of the same week are already past.
    expect(dueGroupOf('2026-12-14', wednesday)).toBe('overdue');
  });

  it('leaves nothing of this week after a Sunday, and all of it after a Monday', () => {
    const sunday = '2026-12-20';
    expect(dueGroupOf('2026-12-20', sunday)).toBe('today');
    expect(dueGroupOf('2026-12-21', sunday)).toBe('later');
    const monday = '2026-12-21';
    expect(dueGroupOf('2026-12-20', monday)).toBe('overdue');
    expect(dueGroupOf('2026-12-27', monday)).toBe('thisWeek');
    expect(dueGroupOf('2026-12-28', monday)).toBe('later');
  });

  it('counts weeks across months and years', () => {
    // Tuesday 29 December 2026: the week ends on Sunday 3 January 2027.
    expect(dueGroupOf('2027-01-03', '2026-12-29')).toBe('thisWeek');
    expect(dueGroupOf('2027-01-04', '2026-12-29')).toBe('later');
    // Friday 26 February 2027 (not a leap year): the week ends on Sunday 28 February.
    expect(dueGroupOf('2027-02-28', '2027-02-26')).toBe('thisWeek');
    expect(dueGroupOf('2027-03-01', '2027-02-26')).toBe('later');
    // Friday 27 February 2032 (a leap year): the week ends on Sunday 29 February.
    expect(dueGroupOf('2032-02-29', '2032-02-27')).toBe('thisWeek');
    expect(dueGroupOf('2032-03-01', '2032-02-27')).toBe('later');
  });
});
