// Whether the last change in the drawer reached TeamFlame: saving, saved, or not saved (with "Try again").
import { Button, Spinner, Text } from '@fluentui/react-components';
import { Checkmark16Regular, ErrorCircle16Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useTaskDrawerStyles } from './TaskDrawer.styles.js';

export type SaveStatus = 'idle' | 'pending' | 'success' | 'error';

export function SaveState({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const styles = useTaskDrawerStyles();
  const { t } = useTranslation();
  return (
    <span className={styles.saveState} role="status" data-testid="save-state" data-state={status}>
      {status === 'pending' && <Spinner size="extra-tiny" label={t('drawer.saving')} />}
      {status === 'success' && (
        <>
          <Checkmark16Regular aria-hidden className={styles.saved} />
          <Text size={200}>{t('drawer.saved')}</Text>
        </>
      )}
      {status === 'error' && (
        <>
          <ErrorCircle16Regular aria-hidden className={styles.failed} />
          <Text size={200} className={styles.failed}>
            {t('drawer.failed')}
          </Text>
          <Button size="small" appearance="transparent" onClick={onRetry} data-testid="save-retry">
            {t('drawer.retry')}
          </Button>
        </>
      )}
    </span>
  );
}
