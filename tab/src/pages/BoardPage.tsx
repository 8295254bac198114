// The board page: toolbar and board, as tall as the window. Drops write through the move mutation; an order
// within a column is kept in this browser (TeamFlame keeps none). The opened board is remembered as the
// most recent one (the start page lists it first and opens it next time).
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
import { useIsMutating } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { describeError } from '../api/describe-error.js';
import { useMoveTask } from '../api/mutations.js';
import { useBoard, useMe } from '../api/queries.js';
import { keys } from '../api/query-keys.js';
import { Board } from '../board/Board.js';
import { moveTask } from '../board/board-state.js';
import { BoardToolbar } from '../board/BoardToolbar.js';
import type { Drop } from '../board/drop.js';
import { noFilter, type TaskFilter } from '../board/filters.js';
import { useFollowing, type Following } from '../board/FollowSwitch.js';
import { applyOrder, loadOrder, orderOf, saveOrder, type ColumnOrder } from '../board/local-order.js';
import { forgetBoard, rememberBoard } from '../start/recent-boards.js';
import { localStore } from '../storage.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 },
  message: { margin: tokens.spacingVerticalM },
});

function useLocalOrder(boardId: string) {
  const [orders, setOrders] = useState<Record<string, ColumnOrder>>({});
  const order = orders[boardId] ?? loadOrder(localStore, boardId);
  const remember = (board: TabBoard, columnIds: string[]) => {
    const next = { ...order, ...orderOf(board, columnIds) };
    saveOrder(localStore, board.id, next);
    setOrders((all) => ({ ...all, [board.id]: next }));
  };
  return { order, remember };
}

/** Following is offered only in a Teams channel or chat; its hook runs only there. */
function WithFollowing({
  conversationId,
  boardId,
  children,
}: {
  conversationId?: string;
  boardId: string;
  children: (following?: Following) => ReactNode;
}) {
  if (!conversationId) return children(undefined);
  return <FollowingState conversationId={conversationId} boardId={boardId} render={children} />;
}
function FollowingState({
  conversationId,
  boardId,
  render,
}: {
  conversationId: string;
  boardId: string;
  render: (following: Following) => ReactNode;
}) {
  return render(useFollowing(conversationId, boardId));
}

const isGone = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.status === 403);

export function BoardPage({
  boardId,
  taskId,
  showGallery,
  conversationId,
  onChooseBoard,
  onOpenTask,
  onGallery,
  onSignOut,
}: {
  boardId: string;
  taskId?: string;
  showGallery: boolean;
  /** The Teams channel or chat around the tab, if any. */
  conversationId?: string;
  onChooseBoard: (boardId: string) => void;
  onOpenTask: (taskId: string | undefined) => void;
  onGallery: () => void;
  onSignOut: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const me = useMe();
  const board = useBoard(boardId);
  const move = useMoveTask(boardId);
  const writing = useIsMutating({ mutationKey: keys.boardWrites(boardId) }) > 0;
  const [filter, setFilter] = useState<TaskFilter>(noFilter);
  const { order, remember } = useLocalOrder(boardId);
  const shown = useMemo(() => board.data && applyOrder(board.data, order), [board.data, order]);
  const loadedId = board.data?.id;
  useEffect(() => {
    if (loadedId) rememberBoard(localStore, loadedId);
  }, [loadedId]);
  const gone = board.isError && !board.data && isGone(board.error);
  useEffect(() => {
    if (gone) forgetBoard(localStore, boardId);
  }, [gone, boardId]);

  const onDrop = (drop: Drop) => {
    if (!shown) return;
    remember(moveTask(shown, drop.taskId, drop.toColumnId, drop.index), [drop.fromColumnId, drop.toColumnId]);
    if (drop.toColumnId !== drop.fromColumnId)
      move.mutate({ taskId: drop.taskId, columnId: drop.toColumnId, index: drop.index });
  };

  return (
    <div className={styles.page} data-writing={writing}>
      <WithFollowing conversationId={conversationId} boardId={boardId}>
        {(following) => (
          <BoardToolbar
            boardId={boardId}
            boardName={board.data?.name}
            boardPath={board.data?.path}
            members={board.data?.members ?? []}
            filter={filter}
            canFilterMine={Boolean(me.data)}
            showGallery={showGallery}
            following={following}
            onFilter={setFilter}
            onGallery={onGallery}
            onChooseBoard={onChooseBoard}
            onSignOut={onSignOut}
          />
        )}
      </WithFollowing>
      {board.isLoading && <Spinner label={t('board.loading')} />}
      {board.isError && !board.data && (
        <MessageBar intent="error" className={styles.message} data-testid="board-error">
          <MessageBarBody>
            {t('board.loadFailed', { reason: describeError(board.error, t).message })}
          </MessageBarBody>
          <MessageBarActions>
            {gone && showGallery ? (
              <Button onClick={onGallery}>{t('board.allBoards')}</Button>
            ) : (
              <Button onClick={() => void board.refetch()}>{t('board.retry')}</Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
      {shown && (
        <Board
          board={shown}
          filter={filter}
          myUserId={me.data?.teamflameUserId}
          myName={me.data?.name ?? ''}
          openTaskId={taskId}
          onOpenTask={onOpenTask}
          onClearFilter={() => setFilter(noFilter)}
          onDrop={onDrop}
        />
      )}
    </div>
  );
}
