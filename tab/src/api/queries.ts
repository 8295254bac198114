import { useQuery } from '@tanstack/react-query';
import { api } from './client.js';

export const boardKey = (boardId: string) => ['board', boardId] as const;

/** Changes made from the bot show up: refetch on focus and every 15 s. */
const LIVE = { refetchOnWindowFocus: true, refetchInterval: 15_000 } as const;

export const useBoards = () => useQuery({ queryKey: ['boards'], queryFn: api.boards });
export const useBoard = (boardId: string | undefined) =>
  useQuery({
    queryKey: boardKey(boardId ?? ''),
    queryFn: () => api.board(boardId!),
    enabled: Boolean(boardId),
    ...LIVE,
  });

/** The boards the Teams conversation around the tab follows. */
export const useFollowed = (conversationId: string) =>
  useQuery({
    queryKey: ['followed', conversationId],
    queryFn: () => api.followed(conversationId),
    retry: false,
  });
