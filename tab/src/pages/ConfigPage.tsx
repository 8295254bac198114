// The channel tab's configuration page: choose a board; Teams saves it with pages.config.
import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error.js';
import { useBoards } from '../api/queries.js';
import { BoardPicker } from '../board/BoardPicker.js';
import { useNotify } from '../ui/toasts.js';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalXL,
  },
});

export function ConfigPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const boards = useBoards();
  const notify = useNotify();
  return (
    <div className={styles.page}>
      <Title3>{t('config.title')}</Title3>
      <BoardPicker
        testId="config-board"
        boards={boards.data ?? []}
        onChoose={(board) =>
          void import('../teams/teams-sdk.js')
            .then(({ offerTabConfig }) =>
              offerTabConfig({ boardId: board.id, boardName: board.name }, window.location.href),
            )
            .catch((error: unknown) => notify.error(t('errors.config'), describeError(error, t)))
        }
      />
      <Body1>{t('config.hint')}</Body1>
    </div>
  );
}
