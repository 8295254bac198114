// The Kanban board: columns side by side; tasks dragged within and between columns with the pointer or the
// keyboard. Drops are reported as (task, column, index in the whole column); the page decides what to write.
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
import { Card, mergeClasses } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStyles } from './Board.styles.js';
import { findTask } from './board-state.js';
import { dropOf, type Drop } from './drop.js';
import { Column } from './Column.js';
import { filterColumns, type TaskFilter } from './filters.js';
import { TaskCardContent } from './TaskCard.js';
import { useTaskCardStyles } from './TaskCard.styles.js';
import { TaskDrawer } from './TaskDrawer.js';

export function Board({
  board,
  filter,
  myUserId,
  myName,
  onDrop,
}: {
  board: TabBoard;
  filter: TaskFilter;
  myUserId?: string;
  myName: string;
  onDrop: (drop: Drop) => void;
}) {
  const styles = useBoardStyles();
  const cardStyles = useTaskCardStyles();
  const { t } = useTranslation();
  const [openTaskId, setOpenTaskId] = useState<string>();
  const [draggingId, setDraggingId] = useState<string>();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const columns = useMemo(() => filterColumns(board, filter, myUserId), [board, filter, myUserId]);
  const onOpen = useCallback((taskId: string) => setOpenTaskId(taskId), []);
  const onDragStart = (event: DragStartEvent) => setDraggingId(String(event.active.id));
  const onDragEnd = (event: DragEndEvent) => {
    setDraggingId(undefined);
    const drop = dropOf(board, event);
    if (drop) onDrop(drop);
  };
  const dragging = draggingId ? findTask(board, draggingId) : undefined;
  const openTask = openTaskId ? findTask(board, openTaskId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDraggingId(undefined)}
      accessibility={{ screenReaderInstructions: { draggable: t('board.dragHint') } }}
    >
      <div className={styles.board} data-testid="board" data-board-id={board.id}>
        {columns.map((column) => (
          <Column key={column.id} boardId={board.id} column={column} onOpen={onOpen} />
        ))}
      </div>
      <DragOverlay>
        {dragging && (
          <Card className={mergeClasses(cardStyles.card, cardStyles.overlay)}>
            <TaskCardContent task={dragging} />
          </Card>
        )}
      </DragOverlay>
      {openTask && (
        <TaskDrawer board={board} task={openTask} myName={myName} onClose={() => setOpenTaskId(undefined)} />
      )}
    </DndContext>
  );
}
