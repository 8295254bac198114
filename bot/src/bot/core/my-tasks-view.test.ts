import { describe, expect, it } from 'vitest';
import type { MyTaskModel } from '../../boards/index.js';
import { MY_TASKS_PAGE_SIZE, myTasksView } from './my-tasks-view.js';

const task = (id: string, dueDate?: string, boardName = 'Board'): MyTaskModel => ({
  id,
  name: `Task ${id}`,
  boardId: 'b1',
  boardName,
  columnId: 'c1',
  columnName: 'В работе',
  dueDate,
});
const owner = { id: 'u1' };
const ids = (view: ReturnType<typeof myTasksView>) =>
  view.groups.map((g) => [g.kind, g.tasks.map((t) => t.id)]);

describe('the "my tasks" view', () => {
  // Wednesday 16 December 2026.
  const today = '2026-12-16';

  it('groups in order (overdue, today, this week, later, no date), soonest first', () => {
    const open = [
      task('none', undefined),
      task('later', '2027-01-10'),
      task('week-sun', '2026-12-20'),
      task('week-thu', '2026-12-17'),
      task('today', today),
      task('over-1', '2026-12-15'),
      task('over-30', '2026-11-16'),
      task('next-mon', '2026-12-21'),
    ];
    const view = myTasksView({ open, finished: 2 }, { today, owner });
    expect(ids(view)).toEqual([
      ['overdue', ['over-30', 'over-1']],
      ['today', ['today']],
      ['thisWeek', ['week-thu', 'week-sun']],
      ['later', ['next-mon', 'later']],
      ['none', ['none']],
    ]);
    expect(view).toMatchObject({ page: 1, pageCount: 1, openCount: 8, finished: 2, owner });
    const later = view.groups.find((g) => g.kind === 'later')!.tasks;
    expect(later.map((t) => t.otherYear)).toEqual([false, true]);
  });

  it('sorts tasks due the same day by board, then title, and undated ones likewise', () => {
    const open = [task('b', today, 'Zeta'), task('a', today, 'Alpha'), task('d'), task('c')];
    expect(ids(myTasksView({ open, finished: 0 }, { today, owner }))).toEqual([
      ['today', ['a', 'b']],
      ['none', ['c', 'd']],
    ]);
  });

  it('pages, counting each group on every page, and shows the last page for one past the end', () => {
    const overdue = Array.from({ length: 7 }, (_, i) => task(`o${i}`, `2026-12-0${i + 1}`));
    const undated = Array.from({ length: 9 }, (_, i) => task(`n${i}`));
    const open = [...undated, ...overdue];
    const first = myTasksView({ open, finished: 0 }, { today, owner });
    expect(first.pageCount).toBe(Math.ceil(16 / MY_TASKS_PAGE_SIZE));
    expect(first.groups.map((g) => [g.kind, g.total, g.tasks.length])).toEqual([
      ['overdue', 7, 7],
      ['none', 9, MY_TASKS_PAGE_SIZE - 7],
    ]);
    const second = myTasksView({ open, finished: 0 }, { today, owner, page: 2 });
    expect(second.groups.map((g) => [g.kind, g.total, g.tasks.length])).toEqual([
      ['none', 9, 16 - MY_TASKS_PAGE_SIZE],
    ]);
    const seen = [...first.groups, ...second.groups].flatMap((g) => g.tasks.map((t) => t.id));
    expect(new Set(seen).size).toBe(16);
    expect(myTasksView({ open, finished: 0 }, { today, owner, page: 99 }).page).toBe(2);
    expect(myTasksView({ open: [], finished: 3 }, { today, owner, page: 5 })).toMatchObject({
      page: 1,
      pageCount: 1,
      groups: [],
      openCount: 0,
    });
  });
});
