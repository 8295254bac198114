// The Kanban board: columns side by side, scrolling sideways, each as tall as the page allows; tasks dragged
// within and between columns with the pointer or the keyboard, told to screen readers by name. Drops are
// reported as (task, column, index in the whole column); the page decides what to write. The task drawer
// is loaded when first opened: it is not on the first screen.
import type { TabBoard } from '@teamflame/contract';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  closestCorners,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { Body1, Button, Subtitle2, mergeClasses } from '@fluentui/react-components';
import { SearchInfo24Regular } from '@fluentui/react-icons';
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStyles } from './Board.styles.js';
import { findTask } from './board-state.js';
import { Column } from './Column.js';
import { dragAnnouncements } from './drag-announcements.js';
import { dropOf, type Drop } from './drop.js';
import { filterColumns, isFiltering, type TaskFilter } from './filters.js';
import { TaskCardContent } from './TaskCard.js';
import { useTaskCardStyles } from './TaskCard.styles.js';

const loadDrawer = () => import('./drawer/TaskDrawer.js');
const TaskDrawer = lazy(() => loadDrawer().then((m) => ({ default: m.TaskDrawer })));

export function Board({
  board,
  filter,
  myUserId,
  myName,
  openTaskId,
  onOpenTask,
  onClearFilter,
  onDrop,
}: {
  board: TabBoard;
  filter: TaskFilter;
  myUserId?: string;
  myName: string;
  /** The task whose drawer is open (from the address: `#/board/:id/task/:taskId`). */
  openTaskId?: string;
  onOpenTask: (taskId: string | undefined) => void;
  onClearFilter: () => void;
  onDrop: (drop: Drop) => void;
}) {
  const styles = useBoardStyles();
  const cardStyles = useTaskCardStyles();
  const { t } = useTranslation();
  const [draggingId, setDraggingId] = useState<string>();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const columns = useMemo(() => filterColumns(board, filter, myUserId), [board, filter, myUserId]);
  const noMatches = isFiltering(filter) && columns.every((c) => c.tasks.length === 0);
  const announcements = useMemo(() => dragAnnouncements(board, t), [board, t]);
  const onOpen = useCallback((taskId: string) => onOpenTask(taskId), [onOpenTask]);
  const onDragStart = (event: DragStartEvent) => setDraggingId(String(event.active.id));
  const onDragEnd = (event: DragEndEvent) => {
    setDraggingId(undefined);
    const drop = dropOf(board, event);
    if (drop) onDrop(drop);
  };
  const dragging = draggingId ? findTask(board, draggingId) : undefined;
  // The drawer leaves by unmounting (the address changes), so focus goes back to its card by hand.
  const closeDrawer = () => {
    const taskId = openTaskId;
    onOpenTask(undefined);
    if (taskId)
      setTimeout(() =>
        document.querySelector<HTMLElement>(`[data-task-id="${CSS.escape(taskId)}"]`)?.focus(),
      );
  };
  // Once the board is drawn, fetch the drawer's code while nobody waits for it.
  useEffect(() => {
    const timer = setTimeout(() => void loadDrawer(), 1000);
    return () => clearTimeout(timer);
  }, []);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDraggingId(undefined)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.dragHint') } }}
    >
      {noMatches ? (
        <div className={styles.noMatches} data-testid="no-matches" role="status">
          <SearchInfo24Regular aria-hidden className={styles.noMatchesIcon} />
          <Subtitle2 as="h2">{t('board.noMatches')}</Subtitle2>
          <Body1>{t('board.noMatchesHint')}</Body1>
          <Button onClick={onClearFilter} data-testid="clear-filters">
            {t('board.clearFilters')}
          </Button>
        </div>
      ) : (
        <div className={styles.board} data-testid="board" data-board-id={board.id}>
          {columns.map((column) => (
            <Column key={column.id} boardId={board.id} column={column} onOpen={onOpen} />
          ))}
        </div>
      )}
      <DragOverlay>
        {dragging && (
          <div className={mergeClasses(cardStyles.card, cardStyles.overlay)}>
            <TaskCardContent task={dragging} />
          </div>
        )}
      </DragOverlay>
      {openTaskId && (
        <Suspense fallback={null}>
          <TaskDrawer board={board} taskId={openTaskId} myName={myName} onClose={closeDrawer} />
        </Suspense>
      )}
    </DndContext>
  );
}
