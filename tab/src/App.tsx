// The tab's pages by hash route. A 401 from the server (no session, or Teams SSO for a user the server
// does not know) shows the sign-in page.
import { useEffect, useState } from 'react';
import { isUnauthorized } from './api/client.js';
import { useMe } from './api/queries.js';
import { BoardPage } from './pages/BoardPage.js';
import { ConfigPage } from './pages/ConfigPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { StaticPage } from './pages/StaticPage.js';
import { boardHash, parseHash } from './routing.js';

function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

export function App({ inTeams, conversationId }: { inTeams: boolean; conversationId?: string }) {
  const route = parseHash(useHash());
  const me = useMe();

  if (route.page === 'privacy' || route.page === 'terms') return <StaticPage page={route.page} />;
  if (route.page === 'signin' || isUnauthorized(me.error)) {
    return (
      <SignInPage
        onSignedIn={() => {
          if (route.page === 'signin') window.location.hash = '#/board';
        }}
      />
    );
  }
  if (route.page === 'config') return <ConfigPage />;
  return (
    <BoardPage
      boardId={route.boardId}
      // A channel tab is fixed to its board; the personal tab and the web page choose.
      showPicker={!(inTeams && conversationId && route.boardId)}
      conversationId={conversationId}
      onChooseBoard={(id) => (window.location.hash = boardHash(id))}
    />
  );
}
