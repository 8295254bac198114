// One task on the board, as Planner and Trello show one: title, then priority, due date (red when overdue,
// amber when due within a day), comment count, a description marker, and the assignees' avatars. Nothing on
// it is focusable but the card itself (it is the drag handle and opens the drawer). Memoized: a board of
// 1000 cards re-renders only the cards whose task object changed.
import type { Priority, TabTask } from '@teamflame/contract';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { AvatarGroup, AvatarGroupItem, Badge, Caption1, mergeClasses } from '@fluentui/react-components';
import { CalendarLtr16Regular, Chat16Regular, TextDescription16Regular } from '@fluentui/react-icons';
import { memo, useCallback, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { isPending } from '../api/mutations.js';
import { dateOf, formatDay } from '../format.js';
import { useVisuallyHidden } from '../ui/visually-hidden.js';
import { useSeen } from './cards-in-view.js';
import { useTaskCardStyles } from './TaskCard.styles.js';

const INLINE_AVATARS = 3;
const PRIORITY_COLOR = { high: 'danger', middle: 'warning', low: 'informative' } as const;

function PriorityBadge({ priority }: { priority: Exclude<Priority, ''> }) {
  const { t } = useTranslation();
  const hidden = useVisuallyHidden().hidden;
  const value = t(`priority.${priority}`);
  return (
    <Badge
      appearance="tint"
      color={PRIORITY_COLOR[priority]}
      data-testid="task-priority"
      data-priority={priority}
    >
      <span aria-hidden>{value}</span>
      <span className={hidden}>{t('priority.badge', { value })}</span>
    </Badge>
  );
}

/** The due date as a chip: what it says is for the eye; screen readers hear the whole sentence. */
function DueChip({ task }: { task: TabTask }) {
  const styles = useTaskCardStyles();
  const hidden = useVisuallyHidden().hidden;
  const { t, i18n } = useTranslation();
  const date = formatDay(dateOf(task.dueDate!), i18n.language);
  const state = task.overdue ? 'overdue' : task.dueSoon ? 'soon' : 'later';
  const label = t(state === 'overdue' ? 'board.overdue' : state === 'soon' ? 'board.dueSoon' : 'board.due', {
    date,
  });
  return (
    <span
      className={mergeClasses(
        styles.chip,
        state === 'overdue' && styles.overdue,
        state === 'soon' && styles.soon,
      )}
      data-testid="task-due"
      data-due={state}
      title={label}
    >
      <CalendarLtr16Regular aria-hidden />
      <span aria-hidden>{date}</span>
      <span className={hidden}>{label}</span>
    </span>
  );
}

/** The card's face; `titleOnly` while the card is far from view (see cards-in-view.ts): same height, no chips. */
export function TaskCardContent({ task, titleOnly = false }: { task: TabTask; titleOnly?: boolean }) {
  const styles = useTaskCardStyles();
  if (titleOnly) {
    return (
      <>
        <span className={styles.title}>{task.name}</span>
        <div className={styles.meta} />
      </>
    );
  }
  return <TaskCardFace task={task} />;
}

function TaskCardFace({ task }: { task: TabTask }) {
  const styles = useTaskCardStyles();
  const hidden = useVisuallyHidden().hidden;
  const { t } = useTranslation();
  const inline = task.assignees.slice(0, INLINE_AVATARS);
  const more = task.assignees.slice(INLINE_AVATARS);
  return (
    <>
      <span className={styles.title}>{task.name}</span>
      <div className={styles.meta}>
        {task.priority && <PriorityBadge priority={task.priority} />}
        {task.dueDate && <DueChip task={task} />}
        {task.commentCount > 0 && (
          <span
            className={styles.fact}
            data-testid="task-comment-count"
            title={t('board.comments', { count: task.commentCount })}
          >
            <Chat16Regular aria-hidden />
            <span aria-hidden>{task.commentCount}</span>
            <span className={hidden}>{t('board.comments', { count: task.commentCount })}</span>
          </span>
        )}
        {task.descriptionHtml && (
          <span className={styles.fact} data-testid="task-has-description" title={t('board.hasDescription')}>
            <TextDescription16Regular aria-hidden />
            <span className={hidden}>{t('board.hasDescription')}</span>
          </span>
        )}
        {isPending(task.id) && <Caption1>{t('board.pending')}</Caption1>}
        {task.assignees.length > 0 && (
          <AvatarGroup size={24} layout="stack" className={styles.avatars} data-testid="task-assignees">
            {inline.map((a) => (
              <AvatarGroupItem key={a.id} name={a.name} initials={a.initials} color="colorful" />
            ))}
            {more.length > 0 && (
              <AvatarGroupItem
                name={t('board.moreAssignees', { names: more.map((a) => a.name).join(', ') })}
                initials={`+${more.length}`}
              />
            )}
          </AvatarGroup>
        )}
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
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const seen = useSeen(element);
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      setNodeRef(node);
      setElement(node);
    },
    [setNodeRef],
  );
  const style: CSSProperties = { transform: CSS.Translate.toString(transform), transition };
  // A plain element styled as Fluent's card: a board draws a thousand of them, and Fluent's Card brings
  // focus management each of them would pay for; dnd-kit already makes it a focusable button.
  return (
    <div
      ref={ref}
      style={style}
      className={mergeClasses(styles.card, isDragging && styles.dragging, pending && styles.pending)}
      data-testid="task-card"
      data-task-id={task.id}
      data-face={seen ? 'full' : 'title'}
      {...attributes}
      {...listeners}
      onClick={pending ? undefined : () => onOpen(task.id)}
      onKeyDown={(event) => {
        listeners?.onKeyDown?.(event);
        if (event.key === 'Enter' && !pending && !event.defaultPrevented) onOpen(task.id);
      }}
    >
      <TaskCardContent task={task} titleOnly={!seen} />
    </div>
  );
});
