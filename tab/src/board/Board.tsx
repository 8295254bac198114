// The Kanban board: columns side by side; tasks dragged between columns with pointer or keyboard.
import type { TabBoard } from '@teamflame/contract';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { TaskDrawer } from './TaskDrawer.js';
import { useBoardStyles } from './Board.styles.js';
import { matches, type TaskFilter } from './board-state.js';
import { Column } from './Column.js';

export function Board({
  board,
  filter,
  onMove,
}: {
  board: TabBoard;
  filter: TaskFilter;
  onMove: (taskId: string, columnId: string) => void;
}) {
  const styles = useBoardStyles();
  const [openTaskId, setOpenTaskId] = useState<string>();
  const openTask = board.columns.flatMap((c) => c.tasks).find((t) => t.id === openTaskId);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor),
  );
  const columns = useMemo(
    () =>
      board.columns.map((column) => ({
        ...column,
        tasks: column.tasks.filter((task) => matches(task, filter)),
      })),
    [board, filter],
  );
  const onDragEnd = (event: DragEndEvent) => {
    const to = event.over?.id;
    const from = event.active.data.current?.columnId;
    if (to && to !== from) onMove(String(event.active.id), String(to));
  };
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <div className={styles.board} data-testid="board">
        {columns.map((column) => (
          <Column key={column.id} boardId={board.id} column={column} onOpen={setOpenTaskId} />
        ))}
      </div>
      {openTask && <TaskDrawer board={board} task={openTask} onClose={() => setOpenTaskId(undefined)} />}
    </DndContext>
  );
}
