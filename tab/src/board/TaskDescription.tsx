// The task's description in the drawer: shown as TeamFlame's rich text (sanitized, line breaks kept), and
// edited as plain text starting from what it says now, so saving it unchanged stores it unchanged.
import type { TabTask } from '@teamflame/contract';
import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SafeHtml } from './SafeHtml.js';
import { useTaskDrawerStyles } from './TaskDrawer.styles.js';

export function TaskDescription({
  task,
  onSave,
}: {
  task: TabTask;
  onSave: (descriptionText: string) => void;
}) {
  const styles = useTaskDrawerStyles();
  const { t } = useTranslation();
  /** The text being edited; undefined while the description is only shown. */
  const [draft, setDraft] = useState<string>();
  const editButton = useRef<HTMLButtonElement>(null);
  const editedBefore = useRef(false);
  // Back from editing, the field is gone: focus must stay inside the drawer (Escape, screen readers).
  useEffect(() => {
    if (draft === undefined && editedBefore.current) editButton.current?.focus();
    editedBefore.current = draft !== undefined;
  }, [draft]);

  if (draft === undefined)
    return (
      <>
        <Text weight="semibold">{t('drawer.description')}</Text>
        {task.descriptionHtml ? (
          <SafeHtml
            html={task.descriptionHtml}
            className={styles.description}
            testId="task-description-html"
          />
        ) : (
          <Text className={styles.muted}>{t('drawer.noDescription')}</Text>
        )}
        <Button
          ref={editButton}
          className={styles.start}
          data-testid="task-description-edit"
          onClick={() => setDraft(task.descriptionText)}
        >
          {t('drawer.editDescription')}
        </Button>
      </>
    );

  const save = () => {
    if (draft.trim() !== task.descriptionText) onSave(draft.trim());
    setDraft(undefined); // shown at once; a failure says so in a toast
  };
  return (
    <>
      <Field label={t('drawer.description')} hint={t('drawer.descriptionHint')}>
        <Textarea
          data-testid="task-description"
          value={draft}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && save()}
          resize="vertical"
          rows={5}
          autoFocus
        />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" data-testid="task-description-save" onClick={save}>
          {t('drawer.saveDescription')}
        </Button>
        <Button data-testid="task-description-cancel" onClick={() => setDraft(undefined)}>
          {t('drawer.cancel')}
        </Button>
      </div>
    </>
  );
}
