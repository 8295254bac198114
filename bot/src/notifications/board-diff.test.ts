import { describe, expect, it } from 'vitest';
import { diffBoards, overdueEvents, type BoardSnapshot } from './board-diff.js';

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
          name: 'One, renamed',
          columnId: 'c2',
          users: ['u2'],
          endDate: '2031-01-01T18:00:00',
          comments: 1,
          lastComment: { author: 'Anna', text: 'Done' },
        },
        t2: { name: 'Two', columnId: 'c1', users: [], endDate: null, comments: 0, lastComment: null },
      },
    };
    const found = diffBoards('b', base, after);
    const events = found.map((f) => f.event);
    expect(events.map((e) => e.kind).sort()).toEqual([
      'assigned',
      'commented',
      'created',
      'due',
      'moved',
      'renamed',
    ]);
    expect(events.find((e) => e.kind === 'moved')).toMatchObject({
      from: 'To do',
      to: 'Done',
      id: 'b:v1:t1:moved',
      assignees: ['u2'],
    });
    expect(events.find((e) => e.kind === 'assigned')).toMatchObject({ added: ['u2'], removed: ['u1'] });
    expect(events.find((e) => e.kind === 'due')).toMatchObject({ dueDate: '2031-01-01' });
    expect(events.find((e) => e.kind === 'renamed')).toMatchObject({ from: 'One', taskName: 'One, renamed' });
    // What each change left the task as: the shape a write through the app is recorded with.
    expect(found.find((f) => f.event.kind === 'moved')!.made).toEqual({
      kind: 'moved',
      detail: { columnId: 'c2' },
    });
    expect(found.find((f) => f.event.kind === 'assigned')!.made).toEqual({
      kind: 'assigned',
      detail: { users: ['u2'] },
    });
    expect(diffBoards('b', base, after).map((e) => e.event.id)).toEqual(events.map((e) => e.id));
  });
});

describe('overdueEvents', () => {
  const snapshot: BoardSnapshot = {
    version: 'v1',
    columns: { c1: 'To do', c2: 'Done' },
    tasks: {
      late: {
        name: 'Late',
        columnId: 'c1',
        users: ['u1', 'u2'],
        endDate: '2026-11-30T18:00:00',
        comments: 0,
        lastComment: null,
      },
      finished: {
        name: 'Finished',
        columnId: 'c2',
        users: ['u1'],
        endDate: '2026-11-30T18:00:00',
        comments: 0,
        lastComment: null,
      },
      later: {
        name: 'Later',
        columnId: 'c1',
        users: ['u1'],
        endDate: '2026-12-30T18:00:00',
        comments: 0,
        lastComment: null,
      },
    },
  };

  it('names each late, unfinished task once per person asked about and due date', () => {
    const events = overdueEvents('b', snapshot, ['u1'], new Date('2026-12-02T12:00:00Z'));
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'overdue',
        taskId: 'late',
        for: 'u1',
        id: 'b:overdue:late:2026-11-30:u1',
      }),
    ]);
  });
});
