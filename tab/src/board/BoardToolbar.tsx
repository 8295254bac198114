// Above the board: the way back to all boards, the board's name and place, then the tools — search (always
// shown), assignee, my tasks, follow here, new column, new board, sign out. What does not fit collapses, last
// first, into a "More" menu that offers the same things, so the bar is one line at any width.
import {
  Button,
  Caption1,
  Dropdown,
  Input,
  Menu,
  MenuItem,
  MenuItemCheckbox,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Option,
  Overflow,
  OverflowItem,
  Switch,
  Tooltip,
  useIsOverflowItemVisible,
  useOverflowMenu,
  type MenuProps,
} from '@fluentui/react-components';
import { Grid20Regular, MoreHorizontal20Regular, Search20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newPendingColumnId, useCreateColumn } from '../api/mutations.js';
import { useBoardToolbarStyles } from './BoardToolbar.styles.js';
import { CreateDialog } from './CreateDialog.js';
import { FollowSwitch, type Following } from './FollowSwitch.js';
import { NOBODY, type TaskFilter } from './filters.js';
import { NewBoardDialog } from './NewBoardDialog.js';

type Member = { id: string; name: string };

interface ToolbarProps {
  boardId: string;
  boardName?: string;
  boardPath?: string;
  members: Member[];
  filter: TaskFilter;
  canFilterMine: boolean;
  /** A channel tab is fixed to its board: no way to other boards. */
  showGallery: boolean;
  following?: Following;
  onFilter: (filter: TaskFilter) => void;
  onGallery: () => void;
  onChooseBoard: (boardId: string) => void;
  onSignOut: () => void;
}

type Dialogs = 'column' | 'board' | undefined;

function useAssigneeOptions(members: Member[]) {
  const { t } = useTranslation();
  return [{ id: '', name: t('board.anyone') }, { id: NOBODY, name: t('board.nobody') }, ...members];
}

/** The overflow menu: only the tools that do not fit, as menu items. */
function MoreMenu({ props, openDialog }: { props: ToolbarProps; openDialog: (d: Dialogs) => void }) {
  const { t } = useTranslation();
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  const visible = {
    assignee: useIsOverflowItemVisible('assignee'),
    mine: useIsOverflowItemVisible('mine'),
    follow: useIsOverflowItemVisible('follow'),
    column: useIsOverflowItemVisible('new-column'),
    board: useIsOverflowItemVisible('new-board'),
    signOut: useIsOverflowItemVisible('sign-out'),
  };
  const options = useAssigneeOptions(props.members);
  if (!isOverflowing) return null;
  const { filter, following } = props;
  const checked = {
    toggles: [...(filter.mine ? ['mine'] : []), ...(following?.on ? ['follow'] : [])],
    assignee: [filter.assigneeId ?? ''],
  };
  const onChecked: MenuProps['onCheckedValueChange'] = (_, { name, checkedItems }) => {
    if (name === 'assignee') props.onFilter({ ...filter, assigneeId: checkedItems[0] || undefined });
    if (name === 'toggles') {
      const mine = checkedItems.includes('mine');
      if (mine !== filter.mine) props.onFilter({ ...filter, mine });
      const follow = checkedItems.includes('follow');
      if (following && follow !== following.on) following.set(follow);
    }
  };
  return (
    <Menu checkedValues={checked} onCheckedValueChange={onChecked}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="subtle"
          icon={<MoreHorizontal20Regular />}
          aria-label={t('board.more')}
          data-testid="toolbar-more"
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {!visible.assignee && (
            <Menu checkedValues={checked} onCheckedValueChange={onChecked}>
              <MenuTrigger disableButtonEnhancement>
                <MenuItem>{t('board.assignee')}</MenuItem>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {options.map((o) => (
                    <MenuItemRadio key={o.id || 'anyone'} name="assignee" value={o.id} disabled={filter.mine}>
                      {o.name}
                    </MenuItemRadio>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
          )}
          {!visible.mine && (
            <MenuItemCheckbox name="toggles" value="mine" disabled={!props.canFilterMine}>
              {t('board.mine')}
            </MenuItemCheckbox>
          )}
          {following && !visible.follow && (
            <MenuItemCheckbox name="toggles" value="follow" disabled={following.disabled}>
              {t('board.followHere')}
            </MenuItemCheckbox>
          )}
          {!visible.column && <MenuItem onClick={() => openDialog('column')}>{t('create.column')}</MenuItem>}
          {!visible.board && <MenuItem onClick={() => openDialog('board')}>{t('create.board')}</MenuItem>}
          {!visible.signOut && <MenuItem onClick={props.onSignOut}>{t('board.signOut')}</MenuItem>}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function BoardToolbar(props: ToolbarProps) {
  const { boardId, boardName, boardPath, filter, following, onFilter } = props;
  const styles = useBoardToolbarStyles();
  const { t } = useTranslation();
  const createColumn = useCreateColumn(boardId);
  const [dialog, setDialog] = useState<Dialogs>();
  const options = useAssigneeOptions(props.members);
  const assignee = options.find((o) => o.id === (filter.assigneeId ?? ''));
  return (
    <header className={styles.toolbar} data-testid="filters">
      {props.showGallery && (
        <Tooltip content={t('board.allBoards')} relationship="label">
          <Button
            appearance="subtle"
            icon={<Grid20Regular />}
            onClick={props.onGallery}
            data-testid="all-boards"
          />
        </Tooltip>
      )}
      <div className={styles.title}>
        <h1 className={styles.name} title={boardName} data-testid="board-name">
          {boardName}
        </h1>
        {boardPath && <Caption1 className={styles.path}>{boardPath}</Caption1>}
      </div>
      <Overflow padding={8}>
        <div className={styles.tools} role="group" aria-label={t('board.toolbar')}>
          <OverflowItem id="search" pinned>
            <Input
              className={styles.search}
              data-testid="filter-text"
              type="search"
              contentBefore={<Search20Regular aria-hidden />}
              aria-label={t('board.search')}
              placeholder={t('board.search')}
              value={filter.text}
              onChange={(_, d) => onFilter({ ...filter, text: d.value })}
            />
          </OverflowItem>
          <OverflowItem id="assignee" priority={6}>
            <div className={styles.item}>
              <Dropdown
                className={styles.assignee}
                data-testid="filter-assignee"
                aria-label={t('board.assignee')}
                placeholder={t('board.assignee')}
                disabled={filter.mine}
                value={filter.assigneeId ? (assignee?.name ?? '') : ''}
                selectedOptions={[filter.assigneeId ?? '']}
                onOptionSelect={(_, d) => onFilter({ ...filter, assigneeId: d.optionValue || undefined })}
              >
                {options.map((m) => (
                  <Option key={m.id || 'anyone'} value={m.id}>
                    {m.name}
                  </Option>
                ))}
              </Dropdown>
            </div>
          </OverflowItem>
          <OverflowItem id="mine" priority={5}>
            <div className={styles.item}>
              <Switch
                data-testid="filter-mine"
                label={t('board.mine')}
                checked={filter.mine}
                disabled={!props.canFilterMine}
                onChange={(_, d) => onFilter({ ...filter, mine: d.checked })}
              />
            </div>
          </OverflowItem>
          {following && (
            <OverflowItem id="follow" priority={4}>
              <div className={styles.item}>
                <FollowSwitch following={following} />
              </div>
            </OverflowItem>
          )}
          <OverflowItem id="new-column" priority={3}>
            <Button onClick={() => setDialog('column')} data-testid="new-column-button">
              {t('create.column')}
            </Button>
          </OverflowItem>
          <OverflowItem id="new-board" priority={2}>
            <Button onClick={() => setDialog('board')} data-testid="new-board-button">
              {t('create.board')}
            </Button>
          </OverflowItem>
          <OverflowItem id="sign-out" priority={1}>
            <Button appearance="subtle" onClick={props.onSignOut} data-testid="sign-out">
              {t('board.signOut')}
            </Button>
          </OverflowItem>
          <MoreMenu props={props} openDialog={setDialog} />
        </div>
      </Overflow>
      <CreateDialog
        open={dialog === 'column'}
        onOpenChange={(open) => setDialog(open ? 'column' : undefined)}
        title={t('create.column')}
        testId="new-column"
        onCreate={async (name) => void createColumn.mutate({ name, pendingId: newPendingColumnId() })}
      />
      <NewBoardDialog
        open={dialog === 'board'}
        onOpenChange={(open) => setDialog(open ? 'board' : undefined)}
        onCreated={props.onChooseBoard}
      />
    </header>
  );
}
