// A column: its header, its tasks (sortable within it and a drop target for tasks from other columns,
// scrolling on their own) and quick add at its foot.
import type { TabColumn } from '@teamflame/contract';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Caption1, mergeClasses } from '@fluentui/react-components';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPending } from '../api/mutations.js';
import { CardsInViewContext, newCardsInView } from './cards-in-view.js';
import { useColumnStyles } from './Column.styles.js';
import { ColumnHeader } from './ColumnHeader.js';
import { QuickAdd } from './QuickAdd.js';
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
  const [adding, setAdding] = useState(false);
  const { setNodeRef, isOver } = useDroppable({
    id: column.id,
    data: { type: 'column', columnId: column.id },
  });
  const ids = useMemo(() => column.tasks.map((task) => task.id), [column.tasks]);
  const [cardsInView] = useState(newCardsInView);
  const listRef = useCallback((list: HTMLDivElement | null) => cardsInView?.watchWithin(list), [cardsInView]);
  return (
    <section
      ref={setNodeRef}
      className={mergeClasses(styles.column, isOver && styles.over)}
      data-testid="column"
      data-column-id={column.id}
      aria-label={column.name}
    >
      <ColumnHeader
        boardId={boardId}
        column={column}
        shown={column.tasks.length}
        onAddTask={() => setAdding(true)}
      />
      <div className={styles.tasks} ref={listRef}>
        <CardsInViewContext.Provider value={cardsInView}>
          <SortableContext id={column.id} items={ids} strategy={verticalListSortingStrategy}>
            {column.tasks.map((task) => (
              <TaskCard key={task.id} task={task} onOpen={onOpen} />
            ))}
          </SortableContext>
        </CardsInViewContext.Provider>
        {column.tasks.length === 0 && <Caption1 className={styles.empty}>{t('board.empty')}</Caption1>}
      </div>
      {!isPending(column.id) && (
        <QuickAdd boardId={boardId} column={column} open={adding} onOpenChange={setAdding} />
      )}
    </section>
  );
});
