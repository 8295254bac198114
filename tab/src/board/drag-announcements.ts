// What a screen reader hears while a task is dragged: the task's and the columns' names, never dnd-kit's
// default "Draggable item 65f0…2b was moved over droppable area 65f0…30".
import type { TabBoard } from '@teamflame/contract';
import type { Announcements } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import { findTask } from './board-state.js';
import { columnIdOf } from './drop.js';

export function dragAnnouncements(board: TabBoard, t: TFunction): Announcements {
  const taskName = (id: string | number) => findTask(board, String(id))?.name ?? '';
  const columnName = (id: string | undefined) => board.columns.find((c) => c.id === id)?.name ?? '';
  const home = (id: string | number) => columnName(findTask(board, String(id))?.columnId);
  return {
    onDragStart: ({ active }) => t('drag.pickedUp', { task: taskName(active.id), column: home(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('drag.over', { task: taskName(active.id), column: columnName(columnIdOf(over)) })
        : t('drag.outside', { task: taskName(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('drag.dropped', { task: taskName(active.id), column: columnName(columnIdOf(over)) })
        : t('drag.droppedOutside', { task: taskName(active.id) }),
    onDragCancel: ({ active }) => t('drag.cancelled', { task: taskName(active.id), column: home(active.id) }),
  };
}
