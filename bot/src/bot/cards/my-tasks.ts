// "My tasks": one page of a person's open tasks, grouped by when they are due, each with its board and
// column, a tap that opens it and a Done button; in shared conversations it names whose list it is.
import type { TFunction } from '../../i18n/index.js';
import { clip } from './clip.js';
import { renderCard } from './render.js';
import template from './templates/my-tasks.json' with { type: 'json' };
import type { MyTaskLineView, MyTasksView } from './view-models.js';

/**
 * Titles, boards and columns are cut here (TeamFlame allows 500 characters each), so a full page stays under
 * Teams' card size limit whatever the names; the task card shows a title whole.
 */
const MAX_NAME = 200;

export interface MyTasksCardData {
  list: MyTasksView;
  /** What the last button did (e.g. a task marked done). */
  notice?: string;
  /** Why the last button did nothing. */
  problem?: string;
}

export function myTasksCard(data: MyTasksCardData, t: TFunction) {
  const { list } = data;
  const { owner, page, pageCount } = list;
  const pageData = (p: number) => ({ page: p });
  return renderCard(template, {
    title: owner.name ? t('task.mine.titleOf', { name: owner.name }) : t('task.myTitle'),
    notice: data.notice ?? '',
    problem: data.problem ?? '',
    empty: list.openCount ? '' : t(list.finished ? 'task.mine.allDone' : 'task.myNone'),
    groups: list.groups.map((group) => ({
      heading: `${t(`task.mine.groups.${group.kind}`)} (${group.total})`,
      color: group.kind === 'overdue' ? 'Attention' : 'Default',
      tasks: group.tasks.map((task) => ({
        id: task.id,
        name: clip(task.name, MAX_NAME),
        meta: [clip(task.boardName, MAX_NAME), clip(task.columnName, MAX_NAME), dueLabel(task, t)]
          .filter(Boolean)
          .join(' · '),
        done: { taskId: task.id, owner: owner.id, page },
      })),
    })),
    finished: list.finished ? t('task.mine.finished', { count: list.finished }) : '',
    pageLabel: pageCount > 1 ? t('task.mine.page', { page, pages: pageCount }) : '',
    pager: [
      ...(page > 1 ? [{ title: t('task.mine.previous'), data: pageData(page - 1) }] : []),
      ...(page < pageCount ? [{ title: t('task.mine.next'), data: pageData(page + 1) }] : []),
    ],
    s: { done: t('task.mine.done'), open: t('task.open') },
  });
}

/** "Dec 20" / "20 дек.", with the year when it is not this year's. */
function dueLabel(task: MyTaskLineView, t: TFunction): string {
  if (!task.dueDate) return '';
  const date = new Date(`${task.dueDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return task.dueDate;
  return t(task.otherYear ? 'task.mine.dateWithYear' : 'task.mine.date', { date });
}
