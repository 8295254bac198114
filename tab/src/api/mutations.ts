// Every write of the tab, as a TanStack Query mutation: applied to the cache at once (onMutate), rolled
// back with a toast when the server says no (onError), and reconciled with the server after (onSettled).
import type {
  BoardCreate,
  BoardSummary,
  SignInRequest,
  TabBoard,
  TabTask,
  TaskUpdate,
} from '@teamflame/contract';
import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  addColumn,
  addTask,
  applyUpdate,
  findTask,
  moveTask,
  replaceTask,
  typedTextPreviewHtml,
} from '../board/board-state.js';
import { useNotify } from '../ui/toasts.js';
import { useApi } from './api-context.js';
import { describeError } from './describe-error.js';
import { keys } from './query-keys.js';
import { session } from './session.js';

/** Cancels the key's queries (so a refetch cannot overwrite the optimistic value) and keeps a snapshot. */
async function snapshot<T>(queries: QueryClient, key: QueryKey) {
  await queries.cancelQueries({ queryKey: key });
  return queries.getQueryData<T>(key);
}

function useFailure(what: string) {
  const notify = useNotify();
  const { t } = useTranslation();
  return (error: Error) => notify.error(t(what), describeError(error, t));
}

let temporaryIds = 0;
const temporaryId = (kind: string) => `pending-${kind}-${++temporaryIds}`;
export const isPending = (id: string) => id.startsWith('pending-');

export interface MoveTask {
  taskId: string;
  columnId: string;
  index?: number;
}

/** Drag and drop: the board changes at once; only a change of column goes to the server. */
export function useMoveTask(boardId: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.move');
  return useMutation({
    mutationFn: async ({ taskId, columnId }: MoveTask) => api.updateTask(taskId, { columnId }),
    onMutate: async ({ taskId, columnId, index }) => {
      const before = await snapshot<TabBoard>(queries, keys.board(boardId));
      if (before) queries.setQueryData(keys.board(boardId), moveTask(before, taskId, columnId, index));
      return { before };
    },
    onError: (error, _move, context) => {
      if (context?.before) queries.setQueryData(keys.board(boardId), context.before);
      failed(error);
    },
    onSettled: () => queries.invalidateQueries({ queryKey: keys.board(boardId) }),
  });
}

/** Drawer edits: title, description, column, assignees, due date. */
export function useUpdateTask(boardId: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.update');
  return useMutation({
    mutationFn: ({ taskId, changes }: { taskId: string; changes: TaskUpdate }) =>
      api.updateTask(taskId, changes),
    onMutate: async ({ taskId, changes }) => {
      const board = await snapshot<TabBoard>(queries, keys.board(boardId));
      const task = await snapshot<TabTask>(queries, keys.task(taskId));
      const current = task ?? (board && findTask(board, taskId));
      if (current) {
        const next = applyUpdate(current, changes, board?.members ?? []);
        if (board) queries.setQueryData(keys.board(boardId), replaceTask(board, taskId, next));
        if (task) queries.setQueryData(keys.task(taskId), next);
      }
      return { board, task };
    },
    onSuccess: (answer, { taskId }) => {
      queries.setQueryData(keys.task(taskId), answer);
      queries.setQueryData<TabBoard>(keys.board(boardId), (b) => b && replaceTask(b, taskId, answer));
    },
    onError: (error, { taskId }, context) => {
      if (context?.board) queries.setQueryData(keys.board(boardId), context.board);
      if (context?.task) queries.setQueryData(keys.task(taskId), context.task);
      failed(error);
    },
    onSettled: () => queries.invalidateQueries({ queryKey: keys.board(boardId) }),
  });
}

export function useCreateTask(boardId: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.createTask');
  return useMutation({
    mutationFn: ({ name, columnId }: { name: string; columnId: string; pendingId: string }) =>
      api.createTask(boardId, { name, columnId }),
    onMutate: async ({ name, columnId, pendingId }) => {
      const before = await snapshot<TabBoard>(queries, keys.board(boardId));
      const pending: TabTask = {
        id: pendingId,
        name,
        descriptionHtml: '',
        descriptionText: '',
        columnId,
        boardId,
        assignees: [],
        dueDate: null,
        overdue: false,
        priority: '',
        commentCount: 0,
      };
      if (before) queries.setQueryData(keys.board(boardId), addTask(before, pending));
      return { before };
    },
    onSuccess: (task, { pendingId }) =>
      queries.setQueryData<TabBoard>(keys.board(boardId), (b) => b && replaceTask(b, pendingId, task)),
    onError: (error, _vars, context) => {
      if (context?.before) queries.setQueryData(keys.board(boardId), context.before);
      failed(error);
    },
    onSettled: () => queries.invalidateQueries({ queryKey: keys.board(boardId) }),
  });
}
export const newPendingTaskId = () => temporaryId('task');

export function useCreateColumn(boardId: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.createColumn');
  return useMutation({
    mutationFn: (name: string) => api.createColumn(boardId, { name }),
    onMutate: async (name) => {
      const before = await snapshot<TabBoard>(queries, keys.board(boardId));
      if (before)
        queries.setQueryData(
          keys.board(boardId),
          addColumn(before, { id: temporaryId('column'), name, tasks: [] }),
        );
      return { before };
    },
    onError: (error, _name, context) => {
      if (context?.before) queries.setQueryData(keys.board(boardId), context.before);
      failed(error);
    },
    onSettled: () => queries.invalidateQueries({ queryKey: keys.board(boardId) }),
  });
}

export function useCreateBoard() {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.createBoard');
  return useMutation({
    mutationFn: (body: BoardCreate) => api.createBoard(body),
    onMutate: async ({ name }) => {
      const before = await snapshot<BoardSummary[]>(queries, keys.boards);
      if (before)
        queries.setQueryData(keys.boards, [...before, { id: temporaryId('board'), name, path: '' }]);
      return { before };
    },
    onError: (error, _body, context) => {
      if (context?.before) queries.setQueryData(keys.boards, context.before);
      failed(error);
    },
    onSettled: () => queries.invalidateQueries({ queryKey: keys.boards }),
  });
}

export function useAddComment(boardId: string, author: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.comment');
  return useMutation({
    mutationFn: ({ taskId, text }: { taskId: string; text: string }) => api.addComment(taskId, text),
    onMutate: async ({ taskId, text }) => {
      const board = await snapshot<TabBoard>(queries, keys.board(boardId));
      const task = await snapshot<TabTask>(queries, keys.task(taskId));
      if (task) {
        queries.setQueryData<TabTask>(keys.task(taskId), {
          ...task,
          commentCount: task.commentCount + 1,
          comments: [...(task.comments ?? []), { author, textHtml: typedTextPreviewHtml(text) }],
        });
      }
      const listed = board && findTask(board, taskId);
      if (board && listed) {
        queries.setQueryData(
          keys.board(boardId),
          replaceTask(board, taskId, { ...listed, commentCount: listed.commentCount + 1 }),
        );
      }
      return { board, task };
    },
    onSuccess: (answer, { taskId }) => queries.setQueryData(keys.task(taskId), answer),
    onError: (error, { taskId }, context) => {
      if (context?.board) queries.setQueryData(keys.board(boardId), context.board);
      if (context?.task) queries.setQueryData(keys.task(taskId), context.task);
      failed(error);
    },
    onSettled: () => queries.invalidateQueries({ queryKey: keys.board(boardId) }),
  });
}

/** Follow (or stop following) a board from a channel or chat tab. */
export function useFollow(conversationId: string, boardId: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.follow');
  const key = keys.subscriptions(conversationId);
  return useMutation({
    mutationFn: async (on: boolean) => {
      if (on) await api.subscribe(conversationId, boardId);
      else await api.unsubscribe(conversationId, boardId);
    },
    onMutate: async (on) => {
      const before = await snapshot<{ boardId: string }[]>(queries, key);
      const others = (before ?? []).filter((s) => s.boardId !== boardId);
      queries.setQueryData(key, on ? [...others, { boardId }] : others);
      return { before };
    },
    onError: (error, _on, context) => {
      queries.setQueryData(key, context?.before);
      failed(error);
    },
    onSettled: () => queries.invalidateQueries({ queryKey: key }),
  });
}

/** Browser sign-in: the session token is kept for this browser tab only. */
export function useSignIn() {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInRequest) => api.signIn(body),
    onSuccess: async (answer) => {
      session.set(answer.sessionToken);
      queries.setQueryData(keys.me, answer.user);
      await queries.invalidateQueries();
    },
  });
}

export function useSignOut() {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.signOut');
  return useMutation({
    mutationFn: () => api.signOut(),
    onError: failed,
    onSettled: () => {
      session.clear();
      queries.clear();
    },
  });
}
