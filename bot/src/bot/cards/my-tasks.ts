import type { TFunction } from '../../i18n/index.js';
import { renderCard } from './render.js';
import template from './templates/my-tasks.json' with { type: 'json' };
import type { TaskSummaryView } from './view-models.js';

export function myTasksCard(data: { tasks: TaskSummaryView[] }, t: TFunction) {
  return renderCard(template, {
    tasks: data.tasks.slice(0, 30).map((task) => ({
      ...task,
      dueLabel: task.dueDate ? `${task.overdue ? '⚠ ' : ''}${task.dueDate}` : '',
    })),
    s: { title: t('task.myTitle'), none: t('task.myNone') },
  });
}
