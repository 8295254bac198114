// Quick add at the foot of a column, as in Trello: a title, then Enter; the field stays open for the next
// one, Escape closes it. Assignees and a due date are optional chips under the title (QuickAddOptions). The card shows at once as pending (the create mutation), a failure is a toast.
import type { TabColumn } from '@teamflame/contract';
import { Button, Input } from '@fluentui/react-components';
import { Add16Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newPendingTaskId, useCreateTask } from '../api/mutations.js';
import { useBoard } from '../api/queries.js';
import { useColumnStyles } from './Column.styles.js';

const QuickAddOptions = lazy(() => import('./QuickAddOptions.js'));

export function QuickAdd({
  boardId,
  column,
  open,
  onOpenChange,
}: {
  boardId: string;
  column: TabColumn;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const styles = useColumnStyles();
  const { t } = useTranslation();
  const createTask = useCreateTask(boardId);
  const [title, setTitle] = useState('');
  const [assigneeIds, setAssigneeIds] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const members = useBoard(boardId).data?.members ?? [];
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    // After a menu closes it gives focus back to its button: take it once that is done.
    if (open) {
      const timer = setTimeout(() => {
        input.current?.focus();
        input.current?.scrollIntoView({ block: 'nearest' });
      });
      return () => clearTimeout(timer);
    }
    if (wasOpen.current) opener.current?.focus();
    return undefined;
  }, [open]);
  useEffect(() => {
    wasOpen.current = open;
  }, [open]);

  const add = () => {
    const name = title.trim();
    if (!name) return;
    createTask.mutate({
      name,
      columnId: column.id,
      assignees: members.filter((m) => assigneeIds.includes(m.id)),
      dueDate,
      pendingId: newPendingTaskId(),
    });
    reset();
  };
  const reset = () => {
    setTitle('');
    setAssigneeIds([]);
    setDueDate(null);
  };
  const close = () => {
    reset();
    onOpenChange(false);
  };

  if (!open) {
    return (
      <Button
        ref={opener}
        appearance="subtle"
        icon={<Add16Regular />}
        className={styles.addButton}
        onClick={() => onOpenChange(true)}
        data-testid="quick-add-open"
      >
        {t('column.addTask')}
      </Button>
    );
  }
  return (
    <div className={styles.quickAdd} data-testid="quick-add">
      <Input
        ref={input}
        aria-label={t('column.newTaskTitle', { name: column.name })}
        placeholder={t('column.newTaskPlaceholder')}
        value={title}
        maxLength={500}
        onChange={(_, d) => setTitle(d.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
        data-testid="quick-add-title"
      />
      <Suspense fallback={null}>
        <QuickAddOptions
          members={members}
          assigneeIds={assigneeIds}
          onAssigneesChange={setAssigneeIds}
          dueDate={dueDate}
          onDueDateChange={setDueDate}
        />
      </Suspense>
      <div className={styles.quickAddActions}>
        <Button
          appearance="primary"
          size="small"
          disabled={!title.trim()}
          onClick={add}
          data-testid="quick-add-submit"
        >
          {t('column.add')}
        </Button>
        <Button appearance="subtle" size="small" onClick={close}>
          {t('column.cancel')}
        </Button>
      </div>
    </div>
  );
}
