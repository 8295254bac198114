// Hash routes: #/board[/<id>] (the default), #/config, #/signin, #/privacy, #/terms.
export type Route =
  | { page: 'board'; boardId?: string }
  | { page: 'config' }
  | { page: 'signin' }
  | { page: 'privacy' }
  | { page: 'terms' };

export function parseHash(hash: string): Route {
  const [page = '', id] = hash.replace(/^#\/?/, '').replace(/\?.*$/, '').split('/');
  if (page === 'config' || page === 'signin' || page === 'privacy' || page === 'terms') return { page };
  if (page === 'board' && id) return { page: 'board', boardId: decodeURIComponent(id) };
  return { page: 'board' };
}

export const boardHash = (boardId: string) => `#/board/${encodeURIComponent(boardId)}`;
