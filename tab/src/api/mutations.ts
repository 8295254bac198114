// Every write of the tab, as a TanStack Query mutation: applied to the cache at once (onMutate), rolled
// back with a toast when the server says no (onError), and settled with the server's answer, which is the
// changed thing as it now is (onSuccess): a write never reads the whole board again.
import type {
  BoardCreate,
  BoardSummary,
  SignInRequest,
  TabBoard,
  Person,
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
  listed,
  moveTask,
  removeTask,
  replaceColumn,
  replaceTask,
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

/**
 * Puts the server's answer for a task into the cache: the drawer's copy as answered, the board's without
 * comments. The answer is the task as it is now, so nothing needs to be read again.
 */
function settleTask(queries: QueryClient, boardId: string, taskId: string, answer: TabTask) {
  if (queries.getQueryData(keys.task(taskId))) queries.setQueryData(keys.task(taskId), answer);
  queries.setQueryData<TabBoard>(keys.board(boardId), (b) => b && replaceTask(b, taskId, listed(answer)));
}

/**
 * Drag and drop: the board changes at once; only a change of column goes to the server, as one PATCH whose
 * answer (the moved task) is the last word. The board is not read again.
 */
export function useMoveTask(boardId: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.move');
  return useMutation({
    mutationKey: keys.boardWrites(boardId),
    mutationFn: ({ taskId, columnId }: MoveTask) => api.updateTask(taskId, { columnId }),
    onMutate: async ({ taskId, columnId, index }) => {
      const before = await snapshot<TabBoard>(queries, keys.board(boardId));
      if (before) queries.setQueryData(keys.board(boardId), moveTask(before, taskId, columnId, index));
      return { before };
    },
    onSuccess: (answer, { taskId }) => settleTask(queries, boardId, taskId, answer),
    onError: (error, _move, context) => {
      if (context?.before) queries.setQueryData(keys.board(boardId), context.before);
      failed(error);
    },
  });
}

/** Drawer edits: title, description, column, assignees, due date, priority. */
export function useUpdateTask(boardId: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.update');
  return useMutation({
    mutationKey: keys.boardWrites(boardId),
    mutationFn: ({ taskId, changes }: { taskId: string; changes: TaskUpdate }) =>
      api.updateTask(taskId, changes),
    onMutate: async ({ taskId, changes }) => {
      const board = await snapshot<TabBoard>(queries, keys.board(boardId));
      const task = await snapshot<TabTask>(queries, keys.task(taskId));
      const current = task ?? (board && findTask(board, taskId));
      if (current) {
        const next = applyUpdate(current, changes, board?.members ?? []);
        if (board) queries.setQueryData(keys.board(boardId), replaceTask(board, taskId, listed(next)));
        if (task) queries.setQueryData(keys.task(taskId), next);
      }
      return { board, task };
    },
    onSuccess: (answer, { taskId }) => settleTask(queries, boardId, taskId, answer),
    onError: (error, { taskId }, context) => {
      if (context?.board) queries.setQueryData(keys.board(boardId), context.board);
      if (context?.task) queries.setQueryData(keys.task(taskId), context.task);
      failed(error);
    },
  });
}

/** A task quick add is creating; `pendingId` names its card until the server answers. */
interface NewTask {
  name: string;
  columnId: string;
  assignees: Person[];
  dueDate: string | null;
  pendingId: string;
}

export function useCreateTask(boardId: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.createTask');
  return useMutation({
    mutationKey: keys.boardWrites(boardId),
    mutationFn: ({ name, columnId, assignees, dueDate }: NewTask) =>
      api.createTask(boardId, {
        name,
        columnId,
        ...(assignees.length ? { assigneeIds: assignees.map((a) => a.id) } : {}),
        ...(dueDate ? { dueDate } : {}),
      }),
    onMutate: async ({ name, columnId, assignees, dueDate, pendingId }) => {
      const before = await snapshot<TabBoard>(queries, keys.board(boardId));
      const pending: TabTask = {
        id: pendingId,
        name,
        descriptionHtml: '',
        descriptionText: '',
        columnId,
        boardId,
        assignees,
        dueDate,
        overdue: false,
        dueSoon: false,
        priority: '',
        commentCount: 0,
      };
      if (before) queries.setQueryData(keys.board(boardId), addTask(before, pending));
      return { pendingId };
    },
    onSuccess: (task, { pendingId }) =>
      queries.setQueryData<TabBoard>(
        keys.board(boardId),
        (b) => b && replaceTask(b, pendingId, listed(task)),
      ),
    // Only this task is taken back: other quick adds may be on their way.
    onError: (error, _vars, context) => {
      queries.setQueryData<TabBoard>(
        keys.board(boardId),
        (b) => b && context && removeTask(b, context.pendingId),
      );
      failed(error);
    },
  });
}
export const newPendingTaskId = () => temporaryId('task');

export function useCreateColumn(boardId: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.createColumn');
  return useMutation({
    mutationKey: keys.boardWrites(boardId),
    mutationFn: ({ name }: { name: string; pendingId: string }) => api.createColumn(boardId, { name }),
    onMutate: async ({ name, pendingId }) => {
      const before = await snapshot<TabBoard>(queries, keys.board(boardId));
      if (before)
        queries.setQueryData(keys.board(boardId), addColumn(before, { id: pendingId, name, tasks: [] }));
      return { before };
    },
    onSuccess: (column, { pendingId }) =>
      queries.setQueryData<TabBoard>(
        keys.board(boardId),
        (b) => b && replaceColumn(b, pendingId, { id: column.id, name: column.name }),
      ),
    onError: (error, _vars, context) => {
      if (context?.before) queries.setQueryData(keys.board(boardId), context.before);
      failed(error);
    },
  });
}
export const newPendingColumnId = () => temporaryId('column');

export function useRenameColumn(boardId: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.renameColumn');
  return useMutation({
    mutationKey: keys.boardWrites(boardId),
    mutationFn: ({ columnId, name }: { columnId: string; name: string }) =>
      api.renameColumn(boardId, columnId, name),
    onMutate: async ({ columnId, name }) => {
      const before = await snapshot<TabBoard>(queries, keys.board(boardId));
      if (before) queries.setQueryData(keys.board(boardId), replaceColumn(before, columnId, { name }));
      return { before };
    },
    onSuccess: (column) =>
      queries.setQueryData<TabBoard>(
        keys.board(boardId),
        (b) => b && replaceColumn(b, column.id, { name: column.name }),
      ),
    onError: (error, _vars, context) => {
      if (context?.before) queries.setQueryData(keys.board(boardId), context.before);
      failed(error);
    },
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

/**
 * A new comment. Until the server answers, the drawer shows it as typed from the mutation's variables
 * (useMutationState with this key): only the server turns typed text into TeamFlame's HTML.
 */
export function useAddComment(boardId: string, taskId: string) {
  const api = useApi();
  const queries = useQueryClient();
  const failed = useFailure('errors.comment');
  return useMutation({
    mutationKey: keys.commentWrites(taskId),
    mutationFn: (text: string) => api.addComment(taskId, text),
    onSuccess: (answer) => settleTask(queries, boardId, taskId, answer),
    onError: failed,
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

/**
 * Sign-in: a browser session's token is kept for this browser tab only; a sign-in inside Teams that linked
 * the Teams identity gets none and goes on with SSO.
 */
export function useSignIn() {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInRequest) => api.signIn(body),
    onSuccess: async (answer) => {
      if (answer.sessionToken) session.set(answer.sessionToken);
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
