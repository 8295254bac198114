import { describe, expect, it } from 'vitest';
import { diffBoards, type BoardSnapshot } from './board-diff.js';

const base: BoardSnapshot = {
  version: 'v1',
  columns: { c1: 'To do', c2: 'Done' },
  tasks: {
    t1: { name: 'One', columnId: 'c1', users: ['u1'], endDate: null, comments: 0, lastComment: null },
  },
};

describe('diffBoards', () => {
  it('finds nothing when nothing changed', () => {
    expect(diffBoards('b', base, { ...base, version: 'v2' })).toEqual([]);
  });

  it('finds each kind of change, with ids that depend only on the board, the old snapshot and the task', () => {
    const after: BoardSnapshot = {
      version: 'v2',
      columns: base.columns,
      tasks: {
        t1: {
          name: 'One',
          columnId: 'c2',
          users: ['u2'],
          endDate: '2031-01-01T18:00:00',
          comments: 1,
          lastComment: { author: 'Anna', text: 'Done' },
        },
        t2: { name: 'Two', columnId: 'c1', users: [], endDate: null, comments: 0, lastComment: null },
      },
    };
    const events = diffBoards('b', base, after);
    expect(events.map((e) => e.kind).sort()).toEqual(['assigned', 'commented', 'created', 'due', 'moved']);
    expect(events.find((e) => e.kind === 'moved')).toMatchObject({
      from: 'To do',
      to: 'Done',
      id: 'b:v1:t1:moved',
    });
    expect(events.find((e) => e.kind === 'assigned')).toMatchObject({ added: ['u2'], removed: ['u1'] });
    expect(events.find((e) => e.kind === 'due')).toMatchObject({ dueDate: '2031-01-01' });
    expect(diffBoards('b', base, after).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });
});
