// Reads. Board data refetches on focus and every 15 s, so changes made from the bot show up.
import { useQuery } from '@tanstack/react-query';
import { useApi } from './api-context.js';
import { keys } from './query-keys.js';

const LIVE = { refetchOnWindowFocus: true, refetchInterval: 15_000 } as const;

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
  return useQuery({
    queryKey: keys.board(boardId ?? ''),
    queryFn: () => api.board(boardId!),
    enabled: Boolean(boardId),
    ...LIVE,
  });
}

/** The task with its comments (the board listing may leave comments out). */
export function useTask(taskId: string) {
  const api = useApi();
  return useQuery({ queryKey: keys.task(taskId), queryFn: () => api.task(taskId), ...LIVE });
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
