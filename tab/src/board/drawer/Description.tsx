// The description, shown as TeamFlame formats it (sanitized HTML) and edited in place as plain text (the
// server's descriptionText): what is typed goes to the server as typed, and only the server turns it into
// TeamFlame's HTML (line breaks, `<` and `&` kept). While it saves, the typed text is shown as typed; if
// saving fails, the editor comes back with it.
import { Button, Caption1, Textarea } from '@fluentui/react-components';
import { Edit16Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SafeHtml } from '../SafeHtml.js';
import { useTaskDrawerStyles } from './TaskDrawer.styles.js';

export function Description({
  html,
  text,
  saving,
  onSave,
}: {
  html: string;
  /** The same description as plain text (from the server): what editing starts from. */
  text: string;
  /** The text being saved, while it is. */
  saving?: string;
  onSave: (text: string, onFailed: () => void) => void;
}) {
  const styles = useTaskDrawerStyles();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string>();
  const editButton = useRef<HTMLButtonElement>(null);

  // Editing starts from the description as text, so saving it unchanged stores it unchanged.
  const edit = () => setDraft(text);
  const finish = () => {
    setDraft(undefined);
    setTimeout(() => editButton.current?.focus());
  };
  const save = () => {
    const text = (draft ?? '').replace(/\s+$/, '');
    finish();
    onSave(text, () => setDraft(text));
  };

  if (draft !== undefined) {
    return (
      <div className={styles.section}>
        <Textarea
          autoFocus
          resize="vertical"
          className={styles.descriptionInput}
          aria-label={t('drawer.description')}
          value={draft}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              save();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              finish();
            }
          }}
          data-testid="task-description-input"
        />
        <Caption1 className={styles.muted}>{t('drawer.descriptionHint')}</Caption1>
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={save} data-testid="task-description-save">
            {t('drawer.save')}
          </Button>
          <Button onClick={finish}>{t('drawer.cancel')}</Button>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.section}>
      <div className={styles.sectionHeader}>
        <h3 className={styles.sectionTitle}>{t('drawer.description')}</h3>
        <Button
          ref={editButton}
          appearance="subtle"
          size="small"
          icon={<Edit16Regular />}
          onClick={edit}
          data-testid="task-description-edit"
        >
          {html || saving ? t('drawer.editDescription') : t('drawer.addDescription')}
        </Button>
      </div>
      {saving !== undefined ? (
        <div className={styles.typed} data-testid="task-description-saving">
          {saving}
        </div>
      ) : (
        html && (
          <div onDoubleClick={edit}>
            <SafeHtml html={html} className={styles.description} testId="task-description" />
          </div>
        )
      )}
    </div>
  );
}
