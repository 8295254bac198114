// A column's name, its task count and "new task".
import type { TabColumn } from '@teamflame/contract';
import { Button, CounterBadge, Tooltip } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { newPendingTaskId, useCreateTask } from '../api/mutations.js';
import { useColumnHeaderStyles } from './ColumnHeader.styles.js';
import { CreateDialog } from './CreateDialog.js';

export function ColumnHeader({
  boardId,
  column,
  shown,
}: {
  boardId: string;
  column: TabColumn;
  shown: number;
}) {
  const styles = useColumnHeaderStyles();
  const { t } = useTranslation();
  const createTask = useCreateTask(boardId);
  return (
    <header className={styles.header}>
      <span className={styles.name} data-testid="column-name" title={column.name}>
        {column.name}
      </span>
      <span className={styles.actions}>
        <CounterBadge count={shown} showZero appearance="ghost" data-testid="column-count" />
        <CreateDialog
          title={t('create.task')}
          testId="new-task"
          trigger={
            <Tooltip content={t('create.task')} relationship="label">
              <Button size="small" appearance="subtle" data-testid="new-task-button">
                +
              </Button>
            </Tooltip>
          }
          onCreate={async (name) => {
            // The dialog closes at once; the card shows as pending, and a failure is a toast.
            createTask.mutate({ name, columnId: column.id, pendingId: newPendingTaskId() });
          }}
        />
      </span>
    </header>
  );
}
