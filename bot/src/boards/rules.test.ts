import { describe, expect, it } from 'vitest';
import { dueDateOf, isDoneColumn, isDueSoon, isOverdue, teamflameDueDate } from './rules.js';

describe('board rules', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  const pastDue = { endDate: '2026-12-01T18:00:00' };

  it('calls a task overdue when its due date has passed, unless its column is a done one', () => {
    expect(isOverdue(pastDue, 'В работе', now)).toBe(true);
    for (const done of ['Готово', 'Закрыто', 'Done', ' closed ', 'Completed']) {
      expect(isDoneColumn(done), done).toBe(true);
      expect(isOverdue(pastDue, done, now), done).toBe(false);
    }
    expect(isOverdue({ endDate: '2026-12-03T18:00:00' }, 'В работе', now)).toBe(false);
    expect(isOverdue({}, 'В работе', now)).toBe(false);
  });

  it('calls a task due soon within the day before its due time, never when overdue or done', () => {
    expect(isDueSoon({ endDate: '2026-12-02T18:00:00' }, 'В работе', now)).toBe(true);
    expect(isDueSoon({ endDate: '2026-12-03T12:00:00' }, 'В работе', now)).toBe(true);
    expect(isDueSoon({ endDate: '2026-12-03T18:00:00' }, 'В работе', now)).toBe(false);
    expect(isDueSoon(pastDue, 'В работе', now)).toBe(false);
    expect(isDueSoon({ endDate: '2026-12-02T18:00:00' }, 'Готово', now)).toBe(false);
    expect(isDueSoon({}, 'В работе', now)).toBe(false);
  });

  it('keeps due dates as TeamFlame does: the end of the working day, no zone', () => {
    expect(teamflameDueDate('2026-12-20')).toBe('2026-12-20T18:00:00');
    expect(dueDateOf({ endDate: '2026-12-20T18:00:00' })).toBe('2026-12-20');
    expect(dueDateOf({})).toBeUndefined();
  });
});
