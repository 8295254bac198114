// The start page: every board the person can see, recent ones first, then grouped by space / project, with
// a search; each board is a link to it. New board and sign out are here too.
import type { BoardSummary } from '@teamflame/contract';
import {
  Body1,
  Button,
  Caption1,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Title2,
} from '@fluentui/react-components';
import { Board20Regular, Search20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error.js';
import { isPending } from '../api/mutations.js';
import { useBoards } from '../api/queries.js';
import { NewBoardDialog } from '../board/NewBoardDialog.js';
import { boardHash } from '../routing.js';
import { useBoardGalleryStyles } from './BoardGallery.styles.js';
import { galleryOf } from './gallery.js';
import { localStore } from '../storage.js';
import { recentBoards } from './recent-boards.js';

/** Boards as tiles; `withPath` where the heading does not already say where they live. */
function BoardLinks({
  boards,
  label,
  withPath,
}: {
  boards: BoardSummary[];
  label: string;
  withPath?: boolean;
}) {
  const styles = useBoardGalleryStyles();
  return (
    <ul className={styles.grid} aria-label={label}>
      {boards.map((board) => (
        <li key={board.id}>
          <a
            className={styles.tile}
            href={boardHash(board.id)}
            data-testid="gallery-board"
            data-board-id={board.id}
          >
            <Board20Regular aria-hidden className={styles.tileIcon} />
            <span className={styles.tileText}>
              <span className={styles.tileName}>{board.name}</span>
              {withPath && board.path && <Caption1 className={styles.tilePath}>{board.path}</Caption1>}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function BoardGallery({
  onChooseBoard,
  onSignOut,
}: {
  onChooseBoard: (id: string) => void;
  onSignOut: () => void;
}) {
  const styles = useBoardGalleryStyles();
  const { t } = useTranslation();
  const boards = useBoards();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const gallery = useMemo(
    () =>
      galleryOf(
        (boards.data ?? []).filter((b) => !isPending(b.id)),
        recentBoards(localStore),
        search,
      ),
    [boards.data, search],
  );
  const empty = gallery.recent.length === 0 && gallery.groups.length === 0;
  return (
    <main className={styles.page} data-testid="gallery">
      <header className={styles.header}>
        <Title2 as="h1" className={styles.title}>
          {t('gallery.title')}
        </Title2>
        <Input
          className={styles.search}
          type="search"
          contentBefore={<Search20Regular aria-hidden />}
          aria-label={t('gallery.search')}
          placeholder={t('gallery.search')}
          value={search}
          onChange={(_, d) => setSearch(d.value)}
          data-testid="gallery-search"
        />
        <Button appearance="primary" onClick={() => setCreating(true)} data-testid="new-board-button">
          {t('create.board')}
        </Button>
        <Button appearance="subtle" onClick={onSignOut} data-testid="sign-out">
          {t('board.signOut')}
        </Button>
      </header>
      {boards.isLoading && <Spinner label={t('board.loading')} />}
      {boards.isError && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('gallery.loadFailed', { reason: describeError(boards.error, t).message })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void boards.refetch()}>{t('board.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {boards.data && empty && (
        <Body1 data-testid="gallery-empty">
          {search ? t('gallery.noMatches', { text: search }) : t('board.noBoards')}
        </Body1>
      )}
      {gallery.recent.length > 0 && (
        <section className={styles.section} data-testid="gallery-recent">
          <Subtitle2 as="h2" className={styles.heading}>
            {t('gallery.recent')}
          </Subtitle2>
          <BoardLinks boards={gallery.recent} label={t('gallery.recent')} withPath />
        </section>
      )}
      {gallery.groups.map((group) => (
        <section key={group.path} className={styles.section} data-testid="gallery-group">
          <Subtitle2 as="h2" className={styles.heading}>
            {group.path || t('gallery.other')}
          </Subtitle2>
          <BoardLinks boards={group.boards} label={group.path || t('gallery.other')} />
        </section>
      ))}
      <NewBoardDialog open={creating} onOpenChange={setCreating} onCreated={onChooseBoard} />
    </main>
  );
}
