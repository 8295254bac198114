// The task drawer: everything about one task, edited in place — the title inline, the description in
// place, column, assignees, due date (a date picker in the tab's language) and priority — with a visible
// saved/saving/failed state, and the comments. The lists' popups render inline: a portal outside the modal
// drawer would be hidden from assistive tech. The calendar is the exception: it is a modal of its own (always
// accessible), and inline it would hide the drawer around itself, and so itself, from assistive tech.
import type { Priority, TabBoard, TabTask, TaskUpdate } from '@teamflame/contract';
import {
  Button,
  Combobox,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Dropdown,
  Field,
  MessageBar,
  Option,
  OverlayDrawer,
  Spinner,
} from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useMutationState } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error.js';
import { isPending, useUpdateTask } from '../../api/mutations.js';
import { useTask } from '../../api/queries.js';
import { keys } from '../../api/query-keys.js';
import { findTask } from '../board-state.js';
import DueDatePicker from '../DueDatePicker.js';
import { Comments } from './Comments.js';
import { Description } from './Description.js';
import { InlineTitle } from './InlineTitle.js';
import { SaveState } from './SaveState.js';
import { useTaskDrawerStyles } from './TaskDrawer.styles.js';

const PRIORITIES: Priority[] = ['', 'low', 'middle', 'high'];

interface Edit {
  taskId: string;
  changes: TaskUpdate;
}

/** The description text on its way to the server, if any. */
function useSavingDescription(boardId: string, taskId: string): string | undefined {
  return useMutationState({
    filters: {
      mutationKey: keys.boardWrites(boardId),
      status: 'pending',
      predicate: (m) => {
        const edit = m.state.variables as Edit | undefined;
        return edit?.taskId === taskId && edit.changes.description !== undefined;
      },
    },
    select: (m) => (m.state.variables as Edit).changes.description!,
  }).at(-1);
}

function Fields({
  board,
  task,
  change,
}: {
  board: TabBoard;
  task: TabTask;
  change: (c: TaskUpdate) => void;
}) {
  const styles = useTaskDrawerStyles();
  const { t } = useTranslation();
  const columnName = board.columns.find((c) => c.id === task.columnId)?.name ?? '';
  return (
    <div className={styles.fields}>
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
      <Field label={t('priority.label')}>
        <Dropdown
          inlinePopup
          data-testid="task-priority-picker"
          value={t(`priority.${task.priority || 'none'}`)}
          selectedOptions={[task.priority]}
          onOptionSelect={(_, d) => {
            const next = d.optionValue as Priority | undefined;
            if (next !== undefined && next !== task.priority) change({ priority: next });
          }}
        >
          {PRIORITIES.map((p) => (
            <Option key={p || 'none'} value={p}>
              {t(`priority.${p || 'none'}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('drawer.due')}>
        <DueDatePicker value={task.dueDate} onChange={(dueDate) => change({ dueDate })} testId="due-date" />
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
    </div>
  );
}

export function TaskDrawer({
  board,
  taskId,
  myName,
  onClose,
}: {
  board: TabBoard;
  taskId: string;
  myName: string;
  onClose: () => void;
}) {
  const styles = useTaskDrawerStyles();
  const { t } = useTranslation();
  // The board lists the task without its comments; the task itself is read when the drawer opens. The
  // board's copy wins for the fields both have: it carries the changes just made.
  const full = useTask(board.id, taskId);
  const onBoard = findTask(board, taskId);
  const task: TabTask | undefined = full.data
    ? { ...full.data, ...onBoard, comments: full.data.comments }
    : onBoard;
  const update = useUpdateTask(board.id);
  const savingDescription = useSavingDescription(board.id, taskId);
  const change = (changes: TaskUpdate, onFailed?: () => void) =>
    update.mutate({ taskId, changes }, { onError: () => onFailed?.() });

  return (
    <OverlayDrawer
      open
      position="end"
      size="medium"
      className={styles.drawer}
      onOpenChange={(_, d) => !d.open && onClose()}
      data-testid="drawer"
      data-task-id={taskId}
      aria-label={task?.name}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <div className={styles.headerActions}>
              <SaveState
                status={update.status}
                onRetry={() => update.variables && update.mutate(update.variables)}
              />
              <Button
                appearance="subtle"
                icon={<Dismiss20Regular />}
                onClick={onClose}
                aria-label={t('drawer.close')}
                data-testid="drawer-close"
              />
            </div>
          }
        >
          {task && <InlineTitle name={task.name} onSave={(name) => change({ name })} />}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {!task && full.isError && (
          <MessageBar intent="error" data-testid="drawer-error">
            {describeError(full.error, t).message}
          </MessageBar>
        )}
        {!task && !full.isError && <Spinner label={t('board.loading')} />}
        {task && (
          <>
            <Fields board={board} task={task} change={change} />
            <Description
              html={task.descriptionHtml}
              text={task.descriptionText}
              saving={savingDescription}
              onSave={(description, onFailed) => change({ description }, onFailed)}
            />
            <Comments task={task} boardId={board.id} myName={myName} />
          </>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
