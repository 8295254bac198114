// The task's title, edited in place: click it (or its pencil), Enter saves, Escape cancels, leaving saves.
import { Button, Input } from '@fluentui/react-components';
import { Edit16Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTaskDrawerStyles } from './TaskDrawer.styles.js';

export function InlineTitle({ name, onSave }: { name: string; onSave: (name: string) => void }) {
  const styles = useTaskDrawerStyles();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string>();
  const editButton = useRef<HTMLButtonElement>(null);

  const finish = (save: boolean) => {
    const next = draft?.trim();
    setDraft(undefined);
    if (save && next && next !== name) onSave(next);
    // Back to where editing started (the pencil), so the keyboard does not lose its place.
    setTimeout(() => editButton.current?.focus());
  };

  if (draft !== undefined) {
    return (
      <Input
        autoFocus
        className={styles.titleInput}
        aria-label={t('drawer.title')}
        value={draft}
        maxLength={500}
        onChange={(_, d) => setDraft(d.value)}
        onBlur={() => draft !== undefined && finish(true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            finish(true);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation(); // cancels the edit, not the drawer
            finish(false);
          }
        }}
        data-testid="task-title-input"
      />
    );
  }
  return (
    <div className={styles.titleRow}>
      <h2 className={styles.title} onClick={() => setDraft(name)} data-testid="task-title">
        {name}
      </h2>
      <Button
        ref={editButton}
        appearance="subtle"
        size="small"
        icon={<Edit16Regular />}
        aria-label={t('drawer.editTitle')}
        onClick={() => setDraft(name)}
        data-testid="task-title-edit"
      />
    </div>
  );
}
