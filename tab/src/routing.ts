// Hash routes: #/board (the last board, else the gallery), #/boards (the gallery), #/board/<id>,
// #/board/<id>/task/<taskId> (that task's drawer open: the bot's "Open in tab" links here), #/config,
// #/signin (`#/signin?ticket=…`: the message extension's sign-in pop-up), #/privacy, #/terms. Links from
// before the task path (`#/board/<id>?task=<taskId>`) still work.
export type Route =
  | { page: 'board'; boardId?: string; taskId?: string }
  | { page: 'boards' }
  | { page: 'config' }
  | { page: 'signin'; ticket?: string }
  | { page: 'privacy' }
  | { page: 'terms' };

const decode = (part: string | undefined) => {
  if (!part) return undefined;
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined; // broken percent-encoding: as if the part were missing
  }
};

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page = '', id, sub, subId] = path.split('/');
  if (page === 'signin') {
    const ticket = new URLSearchParams(query).get('ticket');
    return ticket ? { page, ticket } : { page };
  }
  if (page === 'config' || page === 'privacy' || page === 'terms' || page === 'boards') return { page };
  const boardId = page === 'board' ? decode(id) : undefined;
  if (!boardId) return { page: 'board' };
  const taskId = sub === 'task' ? decode(subId) : (new URLSearchParams(query).get('task') ?? undefined);
  return taskId ? { page: 'board', boardId, taskId } : { page: 'board', boardId };
}

export const boardHash = (boardId: string, taskId?: string) =>
  `#/board/${encodeURIComponent(boardId)}${taskId ? `/task/${encodeURIComponent(taskId)}` : ''}`;

export const GALLERY_HASH = '#/boards';

/**
 * The route a Teams deep link's sub-entity id names (`board:<id>` or `board:<id>/task:<taskId>`, as the
 * bot's "Open in tab" builds it), as a hash; undefined for anything else.
 */
export function hashForSubEntity(subEntityId: string | undefined): string | undefined {
  const match = /^board:([^/]+)(?:\/task:(.+))?$/.exec(subEntityId ?? '');
  return match ? boardHash(match[1]!, match[2]) : undefined;
}
