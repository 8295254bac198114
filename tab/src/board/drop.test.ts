import { describe, expect, it } from 'vitest';
import { moveTask } from './board-state.js';
import { dropOf } from './drop.js';
import { board, ids } from './test-board.js';

const onTask = (id: string, columnId: string) => ({ id, data: { current: { type: 'task', columnId } } });
const onColumn = (id: string) => ({ id, data: { current: { type: 'column', columnId: id } } });

function dropped(taskId: string, over: ReturnType<typeof onTask> | null) {
  const b = board();
  const drop = dropOf(b, { active: { id: taskId }, over });
  return drop && ids(moveTask(b, drop.taskId, drop.toColumnId, drop.index));
}

describe('a drop', () => {
  it('on a card of another column takes that card’s place', () => {
    expect(dropOf(board(), { active: { id: 't1' }, over: onTask('t4', 'c2') })).toEqual({
      taskId: 't1',
      fromColumnId: 'c1',
      toColumnId: 'c2',
      index: 0,
    });
    expect(dropped('t1', onTask('t4', 'c2'))).toEqual([
      ['t2', 't3'],
      ['t1', 't4'],
    ]);
  });

  it('within a column moves the card to where the preview showed it, up or down', () => {
    expect(dropped('t1', onTask('t3', 'c1'))).toEqual([['t2', 't3', 't1'], ['t4']]);
    expect(dropped('t3', onTask('t1', 'c1'))).toEqual([['t3', 't1', 't2'], ['t4']]);
  });

  it('on a column (its empty space) goes to its end', () => {
    expect(dropped('t1', onColumn('c2'))).toEqual([
      ['t2', 't3'],
      ['t4', 't1'],
    ]);
    expect(dropped('t1', onColumn('c1'))).toEqual([['t2', 't3', 't1'], ['t4']]);
  });

  it('is nothing on itself, outside the board, or for an unknown task or column', () => {
    expect(dropOf(board(), { active: { id: 't1' }, over: onTask('t1', 'c1') })).toBeUndefined();
    expect(dropOf(board(), { active: { id: 't1' }, over: null })).toBeUndefined();
    expect(dropOf(board(), { active: { id: 'x' }, over: onColumn('c2') })).toBeUndefined();
    expect(dropOf(board(), { active: { id: 't1' }, over: onColumn('c9') })).toBeUndefined();
  });
});
