// The tab's pages by hash route. A 401 from the server (no session, or Teams SSO for a user the server
// does not know) shows the sign-in page; inside Teams the one that links the Teams identity or asks consent. `#/board` without a board opens the last board this browser
// opened, else the gallery; `#/boards` is always the gallery.
import { useCallback, useEffect, useState } from 'react';
import { isUnauthorized } from './api/client.js';
import { useSignOut } from './api/mutations.js';
import { useMe } from './api/queries.js';
import { BoardPage } from './pages/BoardPage.js';
import { ComposeSignInPage } from './pages/ComposeSignInPage.js';
import { ConfigPage } from './pages/ConfigPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { TeamsSignInPage } from './pages/TeamsSignInPage.js';
import { StaticPage } from './pages/StaticPage.js';
import { GALLERY_HASH, boardHash, parseHash } from './routing.js';
import { BoardGallery } from './start/BoardGallery.js';
import type { Host } from './teams/host.js';
import { recentBoards } from './start/recent-boards.js';
import { localStore } from './storage.js';

function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

const go = (hash: string) => {
  window.location.hash = hash;
};

export function App({ host }: { host: Host }) {
  const { inTeams, conversationId } = host;
  const route = parseHash(useHash());
  const me = useMe();
  const signOut = useSignOut();
  const lastBoard = route.page === 'board' && !route.boardId ? recentBoards(localStore)[0] : undefined;
  useEffect(() => {
    if (lastBoard) window.location.replace(boardHash(lastBoard));
  }, [lastBoard]);
  const boardId = route.page === 'board' ? route.boardId : undefined;
  const openTask = useCallback(
    (taskId: string | undefined) => boardId && go(boardHash(boardId, taskId)),
    [boardId],
  );

  if (route.page === 'privacy' || route.page === 'terms') return <StaticPage page={route.page} />;
  if (route.page === 'signin' && route.ticket) return <ComposeSignInPage ticket={route.ticket} />;
  if (inTeams && route.page !== 'signin' && isUnauthorized(me.error)) return <TeamsSignInPage host={host} />;
  if (route.page === 'signin' || isUnauthorized(me.error)) {
    return (
      <SignInPage
        onSignedIn={() => {
          if (route.page === 'signin') go('#/board');
        }}
      />
    );
  }
  if (route.page === 'config') return <ConfigPage />;
  if (lastBoard) return null;
  if (route.page === 'boards' || !boardId)
    return <BoardGallery onChooseBoard={(id) => go(boardHash(id))} onSignOut={() => signOut.mutate()} />;
  return (
    <BoardPage
      key={boardId}
      boardId={boardId}
      taskId={route.taskId}
      // A channel tab is fixed to its board; the personal tab and the web page choose.
      showGallery={!(inTeams && conversationId)}
      conversationId={conversationId}
      onChooseBoard={(id) => go(boardHash(id))}
      onOpenTask={openTask}
      onGallery={() => go(GALLERY_HASH)}
      onSignOut={() => signOut.mutate()}
    />
  );
}
