// A column: its header and its tasks, sortable within it and a drop target for tasks from other columns.
import type { TabColumn } from '@teamflame/contract';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Caption1, mergeClasses } from '@fluentui/react-components';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useColumnStyles } from './Column.styles.js';
import { ColumnHeader } from './ColumnHeader.js';
import { TaskCard } from './TaskCard.js';

export const Column = memo(function Column({
  boardId,
  column,
  onOpen,
}: {
  boardId: string;
  column: TabColumn;
  onOpen: (taskId: string) => void;
}) {
  const styles = useColumnStyles();
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({
    id: column.id,
    data: { type: 'column', columnId: column.id },
  });
  const ids = useMemo(() => column.tasks.map((task) => task.id), [column.tasks]);
  return (
    <section
      ref={setNodeRef}
      className={mergeClasses(styles.column, isOver && styles.over)}
      data-testid="column"
      data-column-id={column.id}
      aria-label={t('board.columnActions', { name: column.name })}
    >
      <ColumnHeader boardId={boardId} column={column} shown={column.tasks.length} />
      <SortableContext id={column.id} items={ids} strategy={verticalListSortingStrategy}>
        {column.tasks.map((task) => (
          <TaskCard key={task.id} task={task} onOpen={onOpen} />
        ))}
      </SortableContext>
      {column.tasks.length === 0 && <Caption1 className={styles.empty}>{t('board.empty')}</Caption1>}
    </section>
  );
});
