import type { TabColumn } from '@teamflame/contract';
import { useDroppable } from '@dnd-kit/core';
import { Caption1, CounterBadge, mergeClasses } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useBoardStyles } from './Board.styles.js';
import { TaskCard } from './TaskCard.js';

export function Column({ column }: { column: TabColumn }) {
  const styles = useBoardStyles();
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  return (
    <section
      ref={setNodeRef}
      className={mergeClasses(styles.column, isOver && styles.columnOver)}
      data-testid="column"
      data-column-id={column.id}
    >
      <header className={styles.columnHeader}>
        <span>{column.name}</span>
        <CounterBadge count={column.tasks.length} showZero appearance="ghost" />
      </header>
      {column.tasks.length === 0 && <Caption1>{t('board.empty')}</Caption1>}
      {column.tasks.map((task) => (
        <TaskCard key={task.id} task={task} />
      ))}
    </section>
  );
}
