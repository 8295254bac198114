import {
  Button,
  Dropdown,
  Input,
  Option,
  Spinner,
  Switch,
  Toast,
  ToastTitle,
  Toaster,
  Toolbar,
  makeStyles,
  tokens,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { useCreateBoard, useCreateColumn, useMoveTask } from '../api/mutations.js';
import { CreateDialog } from '../board/CreateDialog.js';
import { useQuery } from '@tanstack/react-query';
import { useBoard, useBoards } from '../api/queries.js';
import { Board } from '../board/Board.js';
import { FollowSwitch } from '../board/FollowSwitch.js';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: tokens.spacingVerticalS,
    flexWrap: 'wrap',
  },
});

export function BoardPage({
  boardId,
  onChooseBoard,
  onSignOut,
  showPicker,
  myUserId,
  conversationId,
}: {
  boardId?: string;
  onChooseBoard: (id: string) => void;
  onSignOut: () => void;
  showPicker: boolean;
  myUserId?: string;
  /** The Teams channel or chat around the tab, if any. */
  conversationId?: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const toasterId = useId('toaster');
  const { dispatchToast } = useToastController(toasterId);
  const boards = useBoards();
  const board = useBoard(boardId);
  const [text, setText] = useState('');
  const [mine, setMine] = useState(false);
  const [assignee, setAssignee] = useState<string>();
  const createColumn = useCreateColumn(boardId ?? '');
  const createBoard = useCreateBoard();
  const projects = useQuery({ queryKey: ['projects'], queryFn: api.projects });
  const filter = useMemo(
    () => ({ text, assigneeId: mine ? myUserId : assignee }),
    [text, mine, myUserId, assignee],
  );
  const move = useMoveTask(boardId ?? '', (error) =>
    dispatchToast(
      <Toast data-testid="toast">
        <ToastTitle>{t('board.moveFailed', { reason: error.message })}</ToastTitle>
      </Toast>,
      { intent: 'error' },
    ),
  );

  return (
    <>
      <Toaster toasterId={toasterId} />
      <Toolbar className={styles.toolbar}>
        {showPicker && (
          <Dropdown
            data-testid="board-picker"
            placeholder={t('board.none')}
            value={boards.data?.find((b) => b.id === boardId)?.name ?? ''}
            onOptionSelect={(_, d) => d.optionValue && onChooseBoard(d.optionValue)}
          >
            {(boards.data ?? []).map((b) => (
              <Option key={b.id} value={b.id} text={b.name}>
                {b.path ? `${b.path} / ${b.name}` : b.name}
              </Option>
            ))}
          </Dropdown>
        )}
        <Input
          data-testid="filter-text"
          placeholder={t('board.search')}
          value={text}
          onChange={(_, d) => setText(d.value)}
        />
        <Dropdown
          data-testid="filter-assignee"
          aria-label={t('board.assignee')}
          placeholder={t('board.assignee')}
          disabled={mine}
          onOptionSelect={(_, d) => setAssignee(d.optionValue || undefined)}
        >
          {[{ id: '', name: t('board.anyone') }, ...(board.data?.members ?? [])].map((m) => (
            <Option key={m.id || 'anyone'} value={m.id}>
              {m.name}
            </Option>
          ))}
        </Dropdown>
        {conversationId && boardId && <FollowSwitch conversationId={conversationId} boardId={boardId} />}
        <Switch
          data-testid="filter-mine"
          label={t('board.mine')}
          checked={mine}
          onChange={(_, d) => setMine(d.checked)}
          disabled={!myUserId}
        />
        {boardId && (
          <CreateDialog
            title={t('create.column')}
            testId="new-column"
            trigger={<Button data-testid="new-column-button">{t('create.column')}</Button>}
            onCreate={(name) => createColumn.mutateAsync(name)}
          />
        )}
        <CreateDialog
          title={t('create.board')}
          testId="new-board"
          trigger={<Button data-testid="new-board-button">{t('create.board')}</Button>}
          choices={{
            label: t('create.project'),
            options: (projects.data ?? []).map((p) => ({ id: p.id, text: `${p.spaceName} / ${p.name}` })),
          }}
          onCreate={async (name, projectId) =>
            onChooseBoard((await createBoard.mutateAsync({ name, projectId: projectId! })).id)
          }
        />
        <Button appearance="subtle" onClick={onSignOut}>
          {t('board.signOut')}
        </Button>
      </Toolbar>
      {board.isLoading && <Spinner label={t('board.loading')} />}
      {board.data && (
        <Board
          board={board.data}
          filter={filter}
          onMove={(taskId, columnId) => move.mutate({ taskId, columnId })}
        />
      )}
    </>
  );
}
