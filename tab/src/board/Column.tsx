import type { TabColumn } from '@teamflame/contract';
import { useDroppable } from '@dnd-kit/core';
import { Button, Caption1, CounterBadge, mergeClasses } from '@fluentui/react-components';
import { useCreateTask } from '../api/mutations.js';
import { CreateDialog } from './CreateDialog.js';
import { useTranslation } from 'react-i18next';
import { useBoardStyles } from './Board.styles.js';
import { TaskCard } from './TaskCard.js';

export function Column({
  boardId,
  column,
  onOpen,
}: {
  boardId: string;
  column: TabColumn;
  onOpen: (taskId: string) => void;
}) {
  const styles = useBoardStyles();
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  const createTask = useCreateTask(boardId);
  return (
    <section
      ref={setNodeRef}
      className={mergeClasses(styles.column, isOver && styles.columnOver)}
      data-testid="column"
      data-column-id={column.id}
    >
      <header className={styles.columnHeader}>
        <span>{column.name}</span>
        <span>
          <CounterBadge count={column.tasks.length} showZero appearance="ghost" />
          <CreateDialog
            title={t('create.task')}
            testId="new-task"
            trigger={
              <Button
                size="small"
                appearance="subtle"
                aria-label={t('create.task')}
                data-testid="new-task-button"
              >
                +
              </Button>
            }
            onCreate={(name) => createTask.mutateAsync({ name, columnId: column.id })}
          />
        </span>
      </header>
      {column.tasks.length === 0 && <Caption1>{t('board.empty')}</Caption1>}
      {column.tasks.map((task) => (
        <TaskCard key={task.id} task={task} onOpen={onOpen} />
      ))}
    </section>
  );
}
