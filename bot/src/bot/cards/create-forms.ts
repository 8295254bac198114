// The create task / board / column forms. A failed attempt comes back with its values and the problem.
import type { TFunction } from '../../i18n/index.js';
import { renderCard } from './render.js';
import boardTemplate from './templates/create-board.json' with { type: 'json' };
import columnTemplate from './templates/create-column.json' with { type: 'json' };
import taskTemplate from './templates/create-task.json' with { type: 'json' };

export function createTaskCard(
  data: {
    boardId: string;
    boardName: string;
    columns: { id: string; name: string }[];
    name?: string;
    description?: string;
    columnId?: string;
    problem?: string;
  },
  t: TFunction,
) {
  return renderCard(taskTemplate, {
    boardId: data.boardId,
    columns: data.columns,
    name: data.name ?? '',
    description: data.description ?? '',
    columnId: data.columnId ?? data.columns[0]?.id ?? '',
    // A task needs a column: on an empty board the form says so and offers to add one.
    problem: data.problem ?? (data.columns.length ? '' : t('create.noColumns')),
    s: {
      title: t('create.taskTitle', { board: data.boardName }),
      name: t('create.name'),
      nameRequired: t('create.nameRequired'),
      description: t('create.description'),
      column: t('create.column'),
      columnRequired: t('create.columnRequired'),
      create: t('create.create'),
      backToBoard: t('task.backToBoard'),
      newColumn: t('boards.newColumn'),
    },
  });
}

export function createBoardCard(
  data: { projects: { id: string; title: string }[]; name?: string; project?: string; problem?: string },
  t: TFunction,
) {
  return renderCard(boardTemplate, {
    projects: data.projects,
    name: data.name ?? '',
    project: data.project ?? data.projects[0]?.id ?? '',
    problem: data.problem ?? (data.projects.length ? '' : t('create.noProjects')),
    s: {
      title: t('create.boardTitle'),
      name: t('create.boardName'),
      nameRequired: t('create.nameRequired'),
      project: t('create.project'),
      projectRequired: t('create.projectRequired'),
      create: t('create.create'),
      back: t('create.back'),
    },
  });
}

export function createColumnCard(
  data: { boardId: string; boardName: string; name?: string; problem?: string },
  t: TFunction,
) {
  return renderCard(columnTemplate, {
    boardId: data.boardId,
    name: data.name ?? '',
    problem: data.problem ?? '',
    s: {
      title: t('create.columnTitle', { board: data.boardName }),
      name: t('create.columnName'),
      nameRequired: t('create.nameRequired'),
      create: t('create.create'),
      backToBoard: t('task.backToBoard'),
    },
  });
}
