import { describe, expect, it } from 'vitest';
import {
  addColumn,
  addTask,
  applyUpdate,
  findTask,
  listed,
  moveTask,
  removeTask,
  replaceColumn,
  replaceTask,
  today,
} from './board-state.js';
import { board, ids, task } from './test-board.js';

describe('moving a task (the optimistic move)', () => {
  it('moves to the end of another column, changing its columnId, without touching the original', () => {
    const before = board();
    const next = moveTask(before, 't1', 'c2');
    expect(ids(next)).toEqual([
      ['t2', 't3'],
      ['t4', 't1'],
    ]);
    expect(findTask(next, 't1')?.columnId).toBe('c2');
    expect(ids(before)).toEqual([['t1', 't2', 't3'], ['t4']]);
  });

  it('moves to a position in another column, and reorders within a column', () => {
    expect(ids(moveTask(board(), 't2', 'c2', 0))).toEqual([
      ['t1', 't3'],
      ['t2', 't4'],
    ]);
    expect(ids(moveTask(board(), 't1', 'c1', 2))).toEqual([['t2', 't3', 't1'], ['t4']]);
    expect(ids(moveTask(board(), 't3', 'c1', 0))).toEqual([['t3', 't1', 't2'], ['t4']]);
    expect(ids(moveTask(board(), 't1', 'c2', 99))).toEqual([
      ['t2', 't3'],
      ['t4', 't1'],
    ]);
  });

  it('keeps untouched columns and tasks as they were (memoized cards stay)', () => {
    const before = board();
    const next = moveTask(before, 't1', 'c1', 1);
    expect(next.columns[1]).toBe(before.columns[1]);
    expect(next.columns[0]!.tasks[1]).toBe(before.columns[0]!.tasks[0]);
  });

  it('is the same board for an unknown task or column, or the place it already is', () => {
    const before = board();
    expect(moveTask(before, 'nope', 'c2')).toBe(before);
    expect(moveTask(before, 't1', 'nope')).toBe(before);
    expect(moveTask(before, 't1', 'c1', 0)).toBe(before);
    expect(moveTask(before, 't4', 'c2')).toBe(before);
  });

  it('rolls back by restoring the board kept before it', () => {
    const before = board();
    const moved = moveTask(before, 't1', 'c2');
    expect(moved).not.toEqual(before);
    expect(ids(before)).toEqual([['t1', 't2', 't3'], ['t4']]);
  });
});

describe('other optimistic changes', () => {
  it('replaces a task with the server answer, moving it when its column changed', () => {
    const next = replaceTask(board(), 't1', task('t1', 'c2', { name: 'Renamed' }));
    expect(ids(next)).toEqual([
      ['t2', 't3'],
      ['t4', 't1'],
    ]);
    expect(findTask(next, 't1')?.name).toBe('Renamed');
    expect(replaceTask(board(), 'temp-1', task('x', 'c1'))).toEqual(board());
  });

  it('takes back one task (a quick add the server refused), leaving the others', () => {
    const before = board();
    const next = removeTask(before, 't2');
    expect(ids(next)).toEqual([['t1', 't3'], ['t4']]);
    expect(next.columns[1]).toBe(before.columns[1]);
  });

  it('adds a task to its column and a column at the end', () => {
    expect(ids(addTask(board(), task('t9', 'c2')))).toEqual([
      ['t1', 't2', 't3'],
      ['t4', 't9'],
    ]);
    expect(addColumn(board(), { id: 'c3', name: 'Done', tasks: [] }).columns.map((c) => c.id)).toEqual([
      'c1',
      'c2',
      'c3',
    ]);
  });

  it('replaces a column by id (a created one takes the id the server gave), and lists tasks without comments', () => {
    const before = board();
    const renamed = replaceColumn(before, 'c2', { name: 'Review' });
    expect(renamed.columns.map((c) => c.name)).toEqual(['To do', 'Review']);
    expect(renamed.columns[0]).toBe(before.columns[0]);
    expect(renamed.columns[1]!.tasks).toBe(before.columns[1]!.tasks);
    expect(replaceColumn(board(), 'c2', { id: 'c9' }).columns.map((c) => c.id)).toEqual(['c1', 'c9']);
    const withComments = task('t1', 'c1', { comments: [{ author: 'A', textHtml: 'x', at: null }] });
    expect(listed(withComments)).not.toHaveProperty('comments');
  });

  it('applies an update as the server will: names from the members, priority, overdue; not the description', () => {
    const now = new Date(2030, 5, 10);
    const b = board();
    const t = task('t1', 'c1');
    const next = applyUpdate(
      t,
      {
        name: 'N',
        assigneeIds: ['u2', 'ghost'],
        description: '<b>x</b>',
        dueDate: '2030-06-09',
        priority: 'high',
      },
      b.members,
      now,
    );
    expect(next.name).toBe('N');
    expect(next.assignees).toEqual([b.members[1], { id: 'ghost', name: 'ghost', initials: '?' }]);
    expect(next.descriptionHtml).toBe(t.descriptionHtml);
    expect(next).toMatchObject({ dueDate: '2030-06-09', overdue: true, dueSoon: false, priority: 'high' });
    expect(applyUpdate(next, { dueDate: '2030-06-10' }, [], now).overdue).toBe(false);
    expect(applyUpdate(next, { dueDate: null }, [], now)).toMatchObject({ dueDate: null, overdue: false });
    expect(t.name).toBe('t1');
  });

  it('knows today in local time', () => {
    expect(today(new Date(2030, 0, 5, 23, 30))).toBe('2030-01-05');
  });
});
