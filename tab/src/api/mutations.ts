// Every write of the tab, as a TanStack Query mutation: optimistic where the user drags, rolled back with
// a message when the server says no.
import type { BoardCreate, TabBoard, TabTask, TaskCreate, TaskUpdate } from '@teamflame/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { moveTask } from '../board/board-state.js';
import { api } from './client.js';
import { boardKey } from './queries.js';

export function useMoveTask(boardId: string, onFailure: (error: Error) => void) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, columnId }: { taskId: string; columnId: string }) =>
      api.updateTask(taskId, { columnId }),
    onMutate: async ({ taskId, columnId }) => {
      await queries.cancelQueries({ queryKey: boardKey(boardId) });
      const before = queries.getQueryData<TabBoard>(boardKey(boardId));
      if (before) queries.setQueryData(boardKey(boardId), moveTask(before, taskId, columnId));
      return { before };
    },
    onError: (error, _vars, context) => {
      if (context?.before) queries.setQueryData(boardKey(boardId), context.before);
      onFailure(error);
    },
    onSettled: () => queries.invalidateQueries({ queryKey: boardKey(boardId) }),
  });
}

export function useAddComment(boardId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, text }: { taskId: string; text: string }): Promise<TabTask> =>
      api.addComment(taskId, text),
    onSettled: () => queries.invalidateQueries({ queryKey: boardKey(boardId) }),
  });
}

/** Drawer edits: the server's answer is the new task; the board is refetched around it. */
export function useUpdateTask(boardId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, changes }: { taskId: string; changes: TaskUpdate }) =>
      api.updateTask(taskId, changes),
    onSettled: () => queries.invalidateQueries({ queryKey: boardKey(boardId) }),
  });
}

export function useCreateTask(boardId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: TaskCreate) => api.createTask(boardId, body),
    onSettled: () => queries.invalidateQueries({ queryKey: boardKey(boardId) }),
  });
}

export function useCreateColumn(boardId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.createColumn(boardId, { name }),
    onSettled: () => queries.invalidateQueries({ queryKey: boardKey(boardId) }),
  });
}

export function useCreateBoard() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: BoardCreate) => api.createBoard(body),
    onSettled: () => queries.invalidateQueries({ queryKey: ['boards'] }),
  });
}

/** Follow or stop following a board from a channel or chat tab. */
export function useFollow(conversationId: string, boardId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (on: boolean) => api.follow(conversationId, boardId, on),
    onSettled: () => queries.invalidateQueries({ queryKey: ['followed', conversationId] }),
  });
}
