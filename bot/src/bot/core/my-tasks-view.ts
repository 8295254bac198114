// A person's open tasks -> one page of the "my tasks" card: grouped by when each is due (overdue, today,
// this week, later, no date), soonest first within a group, cut into pages that stay well under Teams'
// card size limit.
import { DUE_GROUPS, dueGroupOf, type DueGroup, type MyTasksModel } from '../../boards/index.js';
import type { MyTaskLineView, MyTasksView } from '../cards/index.js';

/**
 * Ten lines keep the card short on a phone and far below Teams' ~28 KB limit, whatever the titles.
 * @internal Tests use it too.
 */
export const MY_TASKS_PAGE_SIZE = 10;

export interface MyTasksViewOptions {
  /** The person's calendar date ("YYYY-MM-DD"). */
  today: string;
  /** Counted from 1; a page past the end shows the last one. */
  page?: number;
  owner: MyTasksView['owner'];
}

export function myTasksView(model: MyTasksModel, options: MyTasksViewOptions): MyTasksView {
  const { today } = options;
  const year = today.slice(0, 4);
  const sorted = model.open
    .map((task) => ({ task, group: dueGroupOf(task.dueDate, today) }))
    .sort(
      (a, b) =>
        DUE_GROUPS.indexOf(a.group) - DUE_GROUPS.indexOf(b.group) ||
        (a.task.dueDate ?? '').localeCompare(b.task.dueDate ?? '') ||
        a.task.boardName.localeCompare(b.task.boardName) ||
        a.task.name.localeCompare(b.task.name),
    );
  const pageCount = Math.max(1, Math.ceil(sorted.length / MY_TASKS_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const shown = sorted.slice((page - 1) * MY_TASKS_PAGE_SIZE, page * MY_TASKS_PAGE_SIZE);

  const totals = new Map<DueGroup, number>();
  for (const { group } of sorted) totals.set(group, (totals.get(group) ?? 0) + 1);
  const groups: MyTasksView['groups'] = [];
  for (const { task, group } of shown) {
    const line: MyTaskLineView = {
      id: task.id,
      name: task.name,
      boardName: task.boardName,
      columnName: task.columnName,
      dueDate: task.dueDate,
      otherYear: !!task.dueDate && task.dueDate.slice(0, 4) !== year,
    };
    const last = groups.at(-1);
    if (last?.kind === group) last.tasks.push(line);
    else groups.push({ kind: group, total: totals.get(group)!, tasks: [line] });
  }
  return {
    owner: options.owner,
    groups,
    page,
    pageCount,
    openCount: sorted.length,
    finished: model.finished,
  };
}
