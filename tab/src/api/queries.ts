// Reads. Board data refetches on focus and every 15 s, so changes made elsewhere (the bot, other people)
// show up; never while a write on the board is on its way, so a poll cannot undo what the user just did
// (the write's answer settles it, and the next poll comes a full interval later).
import { useIsMutating, useQuery } from '@tanstack/react-query';
import { useApi } from './api-context.js';
import { keys } from './query-keys.js';

const POLL_MS = 15_000;

function useLive(boardId: string) {
  const writing = useIsMutating({ mutationKey: keys.boardWrites(boardId) }) > 0;
  return { refetchOnWindowFocus: !writing, refetchInterval: writing ? false : POLL_MS } as const;
}

export function useMe() {
  const api = useApi();
  return useQuery({ queryKey: keys.me, queryFn: api.me, retry: false, staleTime: 60_000 });
}

export function useBoards() {
  const api = useApi();
  return useQuery({ queryKey: keys.boards, queryFn: api.boards, staleTime: 60_000 });
}

export function useProjectChoices(enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: keys.projectChoices, queryFn: api.projectChoices, enabled, staleTime: 60_000 });
}

export function useBoard(boardId: string | undefined) {
  const api = useApi();
  const live = useLive(boardId ?? '');
  return useQuery({
    queryKey: keys.board(boardId ?? ''),
    queryFn: () => api.board(boardId!),
    enabled: Boolean(boardId),
    ...live,
  });
}

/** The task with its comments (the board listing leaves comments out). */
export function useTask(boardId: string, taskId: string) {
  const api = useApi();
  const live = useLive(boardId);
  return useQuery({ queryKey: keys.task(taskId), queryFn: () => api.task(taskId), ...live });
}

/** The boards the Teams conversation around the tab follows (404 when the bot is not there). */
export function useSubscriptions(conversationId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.subscriptions(conversationId),
    queryFn: () => api.subscriptions(conversationId),
    retry: false,
  });
}
