import type { TabTask } from '@teamflame/contract';
import { useDraggable } from '@dnd-kit/core';
import { AvatarGroup, AvatarGroupItem, Caption1, Card, Text, mergeClasses } from '@fluentui/react-components';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStyles } from './Board.styles.js';

export const TaskCard = memo(function TaskCard({
  task,
  onOpen,
}: {
  task: TabTask;
  onOpen: (taskId: string) => void;
}) {
  const styles = useBoardStyles();
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: task.id,
    data: { columnId: task.columnId },
  });
  return (
    <Card
      ref={setNodeRef}
      className={mergeClasses(styles.card, isDragging && styles.dragging)}
      data-testid="task-card"
      data-task-id={task.id}
      {...attributes}
      {...listeners}
      onClick={() => onOpen(task.id)}
    >
      <Text weight="semibold">{task.name}</Text>
      <div className={styles.meta}>
        {task.assignees.length > 0 && (
          <AvatarGroup size={20} layout="stack">
            {task.assignees.map((a) => (
              <AvatarGroupItem key={a.id} name={a.name} />
            ))}
          </AvatarGroup>
        )}
        {task.dueDate && (
          <Caption1 className={task.overdue ? styles.overdue : undefined}>
            {task.overdue ? `${t('board.overdue')} · ` : ''}
            {t('board.due', { date: task.dueDate })}
          </Caption1>
        )}
        {task.commentCount > 0 && <Caption1>{t('board.comments', { count: task.commentCount })}</Caption1>}
      </div>
    </Card>
  );
});
