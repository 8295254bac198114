// Hash routes: #/board[/<id>] (default), #/config, #/signin, #/privacy, #/terms.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, api, session } from './api/client.js';
import { BoardPage } from './pages/BoardPage.js';
import { ConfigPage } from './pages/ConfigPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { StaticPage } from './pages/StaticPage.js';

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
  const hash = useHash();
  const queries = useQueryClient();
  const me = useQuery({ queryKey: ['me'], queryFn: api.me, retry: false });
  const [, route = 'board', boardFromUrl] = hash.replace(/\?.*$/, '').split('/');
  const [chosen, setChosen] = useState<string | undefined>(boardFromUrl);

  if (route === 'privacy' || route === 'terms') return <StaticPage page={route} />;
  const signedOut = me.error instanceof ApiError && me.error.status === 401;
  if (route === 'signin' || signedOut) {
    return (
      <SignInPage
        onSignedIn={() => void queries.invalidateQueries().then(() => (window.location.hash = '#/board'))}
      />
    );
  }
  if (route === 'config') return <ConfigPage />;
  return (
    <BoardPage
      boardId={boardFromUrl ?? chosen}
      showPicker={!boardFromUrl || !inTeams}
      myUserId={me.data?.teamflameUserId}
      conversationId={conversationId}
      onChooseBoard={(id) => {
        setChosen(id);
        window.location.hash = `#/board/${id}`;
      }}
      onSignOut={() => {
        void api.signOut().finally(() => {
          session.clear();
          void queries.invalidateQueries();
        });
      }}
    />
  );
}
