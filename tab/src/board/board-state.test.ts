import type { TabBoard, TabTask } from '@teamflame/contract';
import { describe, expect, it } from 'vitest';
import { matches, moveTask } from './board-state.js';

const task = (id: string, columnId: string, name = id, assignees: string[] = []): TabTask => ({
  id,
  name,
  descriptionHtml: '',
  columnId,
  boardId: 'b',
  assignees: assignees.map((a) => ({ id: a, name: a, initials: a[0]! })),
  dueDate: null,
  overdue: false,
  priority: '',
  commentCount: 0,
  comments: [],
});

const board: TabBoard = {
  id: 'b',
  name: 'B',
  path: '',
  members: [],
  columns: [
    { id: 'c1', name: 'To do', tasks: [task('t1', 'c1'), task('t2', 'c1')] },
    { id: 'c2', name: 'Doing', tasks: [] },
  ],
};

describe('board state', () => {
  it('moves a task to the end of another column without touching the original', () => {
    const next = moveTask(board, 't1', 'c2');
    expect(next.columns[0]!.tasks.map((t) => t.id)).toEqual(['t2']);
    expect(next.columns[1]!.tasks).toEqual([{ ...task('t1', 'c2') }]);
    expect(board.columns[0]!.tasks).toHaveLength(2);
  });

  it('leaves the board as it is for an unknown task, an unknown column or the same column', () => {
    expect(moveTask(board, 'nope', 'c2')).toBe(board);
    expect(moveTask(board, 't1', 'nope')).toBe(board);
    expect(moveTask(board, 't1', 'c1')).toBe(board);
  });

  it('filters by text and by assignee', () => {
    const t = task('x', 'c1', 'Починить вход', ['u1']);
    expect(matches(t, { text: 'вход' })).toBe(true);
    expect(matches(t, { text: 'logout' })).toBe(false);
    expect(matches(t, { text: '', assigneeId: 'u1' })).toBe(true);
    expect(matches(t, { text: '', assigneeId: 'u2' })).toBe(false);
  });
});
