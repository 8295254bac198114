// The task drawer: title, description, column, assignees, due date, and the comments. Its popups render
// inline: a portal outside the modal drawer would be hidden from assistive technology.
import type { TabBoard, TabTask } from '@teamflame/contract';
import {
  Button,
  Combobox,
  Dropdown,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  Option,
  OverlayDrawer,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddComment, useUpdateTask } from '../api/mutations.js';
import { SafeHtml } from './SafeHtml.js';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  comment: { borderLeft: `2px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS },
});

export function TaskDrawer({
  board,
  task,
  onClose,
}: {
  board: TabBoard;
  task: TabTask;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const update = useUpdateTask(board.id);
  const comment = useAddComment(board.id);
  const [name, setName] = useState(task.name);
  const [text, setText] = useState('');
  // What users type is sent as plain text; TeamFlame's HTML is only ever shown sanitized.
  const [description, setDescription] = useState('');
  useEffect(() => setName(task.name), [task.name]);
  const change = (changes: Parameters<typeof update.mutate>[0]['changes']) =>
    update.mutate({ taskId: task.id, changes });
  const columnName = board.columns.find((c) => c.id === task.columnId)?.name ?? '';

  return (
    <OverlayDrawer
      open
      position="end"
      size="medium"
      onOpenChange={(_, d) => !d.open && onClose()}
      data-testid="drawer"
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" onClick={onClose} aria-label={t('drawer.close')}>
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
            onBlur={() => name.trim() && name !== task.name && change({ name: name.trim() })}
          />
        </Field>
        {task.descriptionHtml && <SafeHtml html={task.descriptionHtml} />}
        <Field label={t('drawer.description')} hint={t('drawer.descriptionHint')}>
          <Textarea
            data-testid="task-description"
            value={description}
            onChange={(_, d) => setDescription(d.value)}
            resize="vertical"
          />
        </Field>
        <Button
          data-testid="task-description-save"
          disabled={description.trim() === ''}
          onClick={() => change({ description: description.trim() })}
        >
          {t('drawer.saveDescription')}
        </Button>
        <Field label={t('drawer.column')}>
          <Dropdown
            inlinePopup
            data-testid="task-column"
            value={columnName}
            selectedOptions={[task.columnId]}
            onOptionSelect={(_, d) => d.optionValue && change({ columnId: d.optionValue })}
          >
            {board.columns.map((c) => (
              <Option key={c.id} value={c.id}>
                {c.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('drawer.assignees')}>
          <Combobox
            inlinePopup
            data-testid="assign-picker"
            multiselect
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
        <Text weight="semibold">{t('drawer.comments')}</Text>
        {task.comments.map((c, i) => (
          <div key={i} className={styles.comment} data-testid="comment">
            <Text size={200} weight="semibold">
              {c.author}
            </Text>
            <SafeHtml html={c.text} />
          </div>
        ))}
        <Textarea
          data-testid="comment-input"
          value={text}
          onChange={(_, d) => setText(d.value)}
          placeholder={t('drawer.commentPlaceholder')}
        />
        <Button
          data-testid="comment-add"
          disabled={!text.trim() || comment.isPending}
          onClick={() =>
            comment.mutate({ taskId: task.id, text: text.trim() }, { onSuccess: () => setText('') })
          }
        >
          {t('drawer.addComment')}
        </Button>
      </DrawerBody>
    </OverlayDrawer>
  );
}
