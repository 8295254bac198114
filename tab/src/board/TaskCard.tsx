// One task on the board: title, assignees, due date (overdue marked), comment count. Memoized: a board of
// 1000 cards re-renders only the cards whose task object changed.
import type { TabTask } from '@teamflame/contract';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { AvatarGroup, AvatarGroupItem, Caption1, Card, Text, mergeClasses } from '@fluentui/react-components';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { isPending } from '../api/mutations.js';
import { useTaskCardStyles } from './TaskCard.styles.js';

export function TaskCardContent({ task }: { task: TabTask }) {
  const styles = useTaskCardStyles();
  const { t } = useTranslation();
  return (
    <>
      <Text weight="semibold" className={styles.title}>
        {task.name}
      </Text>
      <div className={styles.meta}>
        {task.assignees.length > 0 && (
          <AvatarGroup size={20} layout="stack" data-testid="task-assignees">
            {task.assignees.map((a) => (
              <AvatarGroupItem key={a.id} name={a.name} initials={a.initials} />
            ))}
          </AvatarGroup>
        )}
        {task.dueDate && (
          <Caption1
            className={task.overdue ? styles.overdue : undefined}
            data-testid="task-due"
            data-overdue={task.overdue}
          >
            {task.overdue ? `${t('board.overdue')} · ` : ''}
            {t('board.due', { date: task.dueDate })}
          </Caption1>
        )}
        {task.commentCount > 0 && (
          <Caption1 data-testid="task-comment-count">
            {t('board.comments', { count: task.commentCount })}
          </Caption1>
        )}
        {isPending(task.id) && <Caption1>{t('board.pending')}</Caption1>}
      </div>
    </>
  );
}

export const TaskCard = memo(function TaskCard({
  task,
  onOpen,
}: {
  task: TabTask;
  onOpen: (taskId: string) => void;
}) {
  const styles = useTaskCardStyles();
  const pending = isPending(task.id);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: task.id,
    data: { type: 'task', columnId: task.columnId },
    disabled: pending,
  });
  const style: CSSProperties = { transform: CSS.Translate.toString(transform), transition };
  return (
    <Card
      ref={setNodeRef}
      style={style}
      className={mergeClasses(styles.card, isDragging && styles.dragging, pending && styles.pending)}
      data-testid="task-card"
      data-task-id={task.id}
      {...attributes}
      {...listeners}
      onClick={pending ? undefined : () => onOpen(task.id)}
      onKeyDown={(event) => {
        listeners?.onKeyDown?.(event);
        if (event.key === 'Enter' && !pending && !event.defaultPrevented) onOpen(task.id);
      }}
    >
      <TaskCardContent task={task} />
    </Card>
  );
});
