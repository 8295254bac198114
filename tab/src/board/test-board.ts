// Small boards for the pure board tests.
import type { TabBoard, TabTask } from '@teamflame/contract';

export const task = (id: string, columnId: string, extra: Partial<TabTask> = {}): TabTask => ({
  id,
  name: id,
  descriptionHtml: '',
  descriptionText: '',
  columnId,
  boardId: 'b',
  assignees: [],
  dueDate: null,
  overdue: false,
  dueSoon: false,
  priority: '',
  commentCount: 0,
  ...extra,
});

export const board = (): TabBoard => ({
  id: 'b',
  name: 'B',
  path: 'S / P',
  members: [
    { id: 'u1', name: 'Ivan Petrov', initials: 'IP' },
    { id: 'u2', name: 'Anna Smirnova', initials: 'AS' },
  ],
  columns: [
    { id: 'c1', name: 'To do', tasks: [task('t1', 'c1'), task('t2', 'c1'), task('t3', 'c1')] },
    { id: 'c2', name: 'Doing', tasks: [task('t4', 'c2')] },
  ],
});

export const ids = (b: TabBoard) => b.columns.map((c) => c.tasks.map((t) => t.id));
