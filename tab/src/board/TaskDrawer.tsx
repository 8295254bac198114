// The task drawer: title, description, column, assignees, due date and comments (their rich text is
// server-sanitized HTML, sanitized again). Popups render inline: a portal outside the modal drawer would be
// hidden from assistive tech.
import type { TabBoard, TabTask, TaskUpdate } from '@teamflame/contract';
import {
  Button,
  Combobox,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Dropdown,
  Field,
  Input,
  Option,
  OverlayDrawer,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPending, useAddComment, useUpdateTask } from '../api/mutations.js';
import { useTask } from '../api/queries.js';
import { SafeHtml } from './SafeHtml.js';
import { TaskDescription } from './TaskDescription.js';
import { useTaskDrawerStyles } from './TaskDrawer.styles.js';

function Comments({ task, boardId, myName }: { task: TabTask; boardId: string; myName: string }) {
  const styles = useTaskDrawerStyles();
  const { t } = useTranslation();
  const comment = useAddComment(boardId, myName);
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const add = () => {
    comment.mutate({ taskId: task.id, text: text.trim() });
    setText(''); // shown at once; a failure says so in a toast
    input.current?.focus(); // the button disables: focus must stay inside the drawer (Escape, screen readers)
  };
  return (
    <>
      <Text weight="semibold">{t('drawer.comments')}</Text>
      {task.comments === undefined ? (
        <Spinner size="tiny" label={t('drawer.loadingComments')} />
      ) : task.comments.length === 0 ? (
        <Text className={styles.muted}>{t('drawer.noComments')}</Text>
      ) : (
        task.comments.map((c, i) => (
          <div key={i} className={styles.comment} data-testid="comment">
            <Text size={200} weight="semibold">
              {c.author}
            </Text>
            <SafeHtml html={c.textHtml} testId="comment-text" />
          </div>
        ))
      )}
      <Textarea
        ref={input}
        data-testid="comment-input"
        value={text}
        onChange={(_, d) => setText(d.value)}
        placeholder={t('drawer.commentPlaceholder')}
        onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && text.trim() && add()}
      />
      <Button data-testid="comment-add" disabled={!text.trim()} onClick={add}>
        {t('drawer.addComment')}
      </Button>
    </>
  );
}

export function TaskDrawer({
  board,
  task: listed,
  myName,
  onClose,
}: {
  board: TabBoard;
  task: TabTask;
  myName: string;
  onClose: () => void;
}) {
  const styles = useTaskDrawerStyles();
  const { t } = useTranslation();
  // The board lists the task without its comments; the task itself is read when the drawer opens.
  const full = useTask(listed.id);
  const task: TabTask = full.data ? { ...full.data, ...listed, comments: full.data.comments } : listed;
  const update = useUpdateTask(board.id);
  const [name, setName] = useState(task.name);
  useEffect(() => setName(task.name), [task.name]);
  const change = (changes: TaskUpdate) => update.mutate({ taskId: task.id, changes });
  const columnName = board.columns.find((c) => c.id === task.columnId)?.name ?? '';

  return (
    <OverlayDrawer
      open
      position="end"
      size="medium"
      onOpenChange={(_, d) => !d.open && onClose()}
      data-testid="drawer"
      data-task-id={task.id}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              onClick={onClose}
              aria-label={t('drawer.close')}
              data-testid="drawer-close"
            >
              ✕
            </Button>
          }
        >
          {task.name}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <Field label={t('drawer.title')}>
          <Input
            data-testid="task-title"
            value={name}
            onChange={(_, d) => setName(d.value)}
            onBlur={() => name.trim() && name.trim() !== task.name && change({ name: name.trim() })}
          />
        </Field>
        <TaskDescription task={task} onSave={(description) => change({ description })} />
        <Field label={t('drawer.column')}>
          <Dropdown
            inlinePopup
            data-testid="task-column"
            value={columnName}
            selectedOptions={[task.columnId]}
            onOptionSelect={(_, d) =>
              d.optionValue && d.optionValue !== task.columnId && change({ columnId: d.optionValue })
            }
          >
            {board.columns
              .filter((c) => !isPending(c.id))
              .map((c) => (
                <Option key={c.id} value={c.id}>
                  {c.name}
                </Option>
              ))}
          </Dropdown>
        </Field>
        <Field label={t('drawer.assignees')}>
          <Combobox
            inlinePopup
            multiselect
            data-testid="assign-picker"
            placeholder={t('drawer.nobody')}
            value={task.assignees.map((a) => a.name).join(', ')}
            selectedOptions={task.assignees.map((a) => a.id)}
            onOptionSelect={(_, d) => change({ assigneeIds: d.selectedOptions })}
          >
            {board.members.map((m) => (
              <Option key={m.id} value={m.id}>
                {m.name}
              </Option>
            ))}
          </Combobox>
        </Field>
        <Field label={t('drawer.due')}>
          <Input
            data-testid="due-date"
            type="date"
            value={task.dueDate ?? ''}
            onChange={(_, d) => change({ dueDate: d.value || null })}
          />
        </Field>
        <Comments task={task} boardId={board.id} myName={myName} />
      </DrawerBody>
    </OverlayDrawer>
  );
}
