// The task's title, edited in place (ui/inline-edit.ts): click it or its pencil.
import { Button, Input } from '@fluentui/react-components';
import { Edit16Regular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useInlineEdit } from '../../ui/inline-edit.js';
import { useTaskDrawerStyles } from './TaskDrawer.styles.js';

export function InlineTitle({ name, onSave }: { name: string; onSave: (name: string) => void }) {
  const styles = useTaskDrawerStyles();
  const { t } = useTranslation();
  const editButton = useRef<HTMLButtonElement>(null);
  // Back to where editing started (the pencil), so the keyboard does not lose its place.
  const edit = useInlineEdit(name, onSave, editButton);

  if (edit.editing) {
    return (
      <Input
        {...edit.inputProps}
        className={styles.titleInput}
        aria-label={t('drawer.title')}
        maxLength={500}
        data-testid="task-title-input"
      />
    );
  }
  return (
    <div className={styles.titleRow}>
      <h2 className={styles.title} onClick={edit.start} data-testid="task-title">
        {name}
      </h2>
      <Button
        ref={editButton}
        appearance="subtle"
        size="small"
        icon={<Edit16Regular />}
        aria-label={t('drawer.editTitle')}
        onClick={edit.start}
        data-testid="task-title-edit"
      />
    </div>
  );
}
