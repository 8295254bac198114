import { describe, expect, it } from 'vitest';
import type { BoardTasksModel, TaskModel } from './read-model.js';
import { searchForm } from '@teamflame/contract';
import { findTasks, titleMatches } from './task-search.js';

function task(id: string, name: string, assigneeIds: string[] = []): TaskModel {
  return {
    id,
    name,
    descriptionHtml: '',
    columnId: 'c',
    columnName: '',
    boardId: 'b',
    assignees: assigneeIds.map((a) => ({ id: a, name: a })),
    overdue: false,
    dueSoon: false,
    comments: [],
  };
}

const boards: BoardTasksModel[] = [
  {
    id: 'b1',
    name: 'Спринт',
    columns: [
      { id: 'todo', name: 'Сделать', done: false, tasks: [task('1', 'Поддержка тёмной темы', ['me'])] },
      { id: 'done', name: 'Готово', done: true, tasks: [task('2', 'Ёлка на ПРАЗДНИК', ['me'])] },
    ],
  },
  {
    id: 'b2',
    name: 'Bugs',
    columns: [{ id: 'x', name: 'Doing', done: false, tasks: [task('3', 'Fix Flaky integration test')] }],
  },
];

describe('finding a task by its title', () => {
  it('ignores case and tells ё from е by neither', () => {
    expect(searchForm('  Тёмная   ТЕМА ')).toBe('темная тема');
    expect(titleMatches('Поддержка тёмной темы', 'ТЕМНОЙ')).toBe(true);
    expect(titleMatches('Ёлка на ПРАЗДНИК', 'елка')).toBe(true);
    expect(titleMatches('Fix Flaky integration test', 'flaky FIX')).toBe(true);
    expect(titleMatches('Fix Flaky integration test', 'flaky unit')).toBe(false);
    expect(titleMatches('anything', '   ')).toBe(false);
  });

  it('finds by parts of words on every board, done columns included', () => {
    expect(findTasks(boards, 'тем', 'me').map((t) => t.id)).toEqual(['1']);
    expect(findTasks(boards, 'ел', 'me').map((t) => [t.id, t.boardName, t.done])).toEqual([
      ['2', 'Спринт', true],
    ]);
    expect(findTasks(boards, 'integr', 'me').map((t) => t.id)).toEqual(['3']);
  });

  it('lists the open tasks of the person for an empty query', () => {
    expect(findTasks(boards, '', 'me').map((t) => t.id)).toEqual(['1']);
    expect(findTasks(boards, ' ', 'nobody')).toEqual([]);
  });
});
