// The board page: toolbar and board. Drops write through the move mutation; an order within a column is
// kept in this browser (TeamFlame keeps none).
import type { TabBoard } from '@teamflame/contract';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error.js';
import { useMoveTask, useSignOut } from '../api/mutations.js';
import { useBoard, useBoards, useMe } from '../api/queries.js';
import { Board } from '../board/Board.js';
import { moveTask } from '../board/board-state.js';
import { BoardToolbar } from '../board/BoardToolbar.js';
import type { Drop } from '../board/drop.js';
import { noFilter, type TaskFilter } from '../board/filters.js';
import { FollowSwitch } from '../board/FollowSwitch.js';
import { applyOrder, loadOrder, orderOf, saveOrder, type ColumnOrder } from '../board/local-order.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh' },
  message: { margin: tokens.spacingVerticalM },
});

function useLocalOrder(boardId: string | undefined) {
  const [orders, setOrders] = useState<Record<string, ColumnOrder>>({});
  const order = boardId ? (orders[boardId] ?? loadOrder(localStorage, boardId)) : {};
  const remember = (board: TabBoard, columnIds: string[]) => {
    const next = { ...order, ...orderOf(board, columnIds) };
    saveOrder(localStorage, board.id, next);
    setOrders((all) => ({ ...all, [board.id]: next }));
  };
  return { order, remember };
}

export function BoardPage({
  boardId,
  showPicker,
  conversationId,
  onChooseBoard,
}: {
  boardId?: string;
  showPicker: boolean;
  /** The Teams channel or chat around the tab, if any. */
  conversationId?: string;
  onChooseBoard: (boardId: string) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const me = useMe();
  const boards = useBoards();
  const board = useBoard(boardId);
  const move = useMoveTask(boardId ?? '');
  const signOut = useSignOut();
  const [filter, setFilter] = useState<TaskFilter>(noFilter);
  const { order, remember } = useLocalOrder(boardId);
  const shown = useMemo(() => board.data && applyOrder(board.data, order), [board.data, order]);

  const onDrop = (drop: Drop) => {
    if (!shown) return;
    remember(moveTask(shown, drop.taskId, drop.toColumnId, drop.index), [drop.fromColumnId, drop.toColumnId]);
    if (drop.toColumnId !== drop.fromColumnId)
      move.mutate({ taskId: drop.taskId, columnId: drop.toColumnId, index: drop.index });
  };

  return (
    <div className={styles.page}>
      <BoardToolbar
        boards={boards.data ?? []}
        boardId={boardId}
        members={board.data?.members ?? []}
        filter={filter}
        canFilterMine={Boolean(me.data)}
        showPicker={showPicker}
        onFilter={setFilter}
        onChooseBoard={onChooseBoard}
        onSignOut={() => signOut.mutate()}
        extra={
          conversationId && boardId && <FollowSwitch conversationId={conversationId} boardId={boardId} />
        }
      />
      {!boardId && <MessageBar className={styles.message}>{t('board.choosePrompt')}</MessageBar>}
      {board.isLoading && <Spinner label={t('board.loading')} />}
      {board.isError && !board.data && (
        <MessageBar intent="error" className={styles.message} data-testid="board-error">
          <MessageBarBody>
            {t('board.loadFailed', { reason: describeError(board.error, t).message })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void board.refetch()}>{t('board.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {shown && (
        <Board
          board={shown}
          filter={filter}
          myUserId={me.data?.teamflameUserId}
          myName={me.data?.name ?? ''}
          onDrop={onDrop}
        />
      )}
    </div>
  );
}
