// Above the board: the picker, the filters (text, assignee, my tasks) and the create buttons.
import type { BoardSummary, Person } from '@teamflame/contract';
import { Button, Dropdown, Input, Option, Switch } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useCreateColumn } from '../api/mutations.js';
import { BoardPicker } from './BoardPicker.js';
import { useBoardToolbarStyles } from './BoardToolbar.styles.js';
import { CreateDialog } from './CreateDialog.js';
import { NOBODY, type TaskFilter } from './filters.js';
import { NewBoardDialog } from './NewBoardDialog.js';

export function BoardToolbar({
  boards,
  boardId,
  members,
  filter,
  canFilterMine,
  showPicker,
  extra,
  onFilter,
  onChooseBoard,
  onSignOut,
}: {
  boards: BoardSummary[];
  boardId?: string;
  members: Person[];
  filter: TaskFilter;
  canFilterMine: boolean;
  showPicker: boolean;
  extra?: React.ReactNode;
  onFilter: (filter: TaskFilter) => void;
  onChooseBoard: (boardId: string) => void;
  onSignOut?: () => void;
}) {
  const styles = useBoardToolbarStyles();
  const { t } = useTranslation();
  const createColumn = useCreateColumn(boardId ?? '');
  const assigneeOptions = [
    { id: '', name: t('board.anyone') },
    { id: NOBODY, name: t('board.nobody') },
    ...members,
  ];
  const assignee = assigneeOptions.find((o) => o.id === (filter.assigneeId ?? ''));
  return (
    <div className={styles.toolbar} role="toolbar" data-testid="filters">
      {showPicker && <BoardPicker boards={boards} boardId={boardId} onChoose={(b) => onChooseBoard(b.id)} />}
      {boardId && (
        <>
          <Input
            data-testid="filter-text"
            type="search"
            aria-label={t('board.search')}
            placeholder={t('board.search')}
            value={filter.text}
            onChange={(_, d) => onFilter({ ...filter, text: d.value })}
          />
          <Dropdown
            data-testid="filter-assignee"
            aria-label={t('board.assignee')}
            placeholder={t('board.assignee')}
            disabled={filter.mine}
            value={filter.assigneeId ? (assignee?.name ?? '') : ''}
            selectedOptions={[filter.assigneeId ?? '']}
            onOptionSelect={(_, d) => onFilter({ ...filter, assigneeId: d.optionValue || undefined })}
          >
            {assigneeOptions.map((m) => (
              <Option key={m.id || 'anyone'} value={m.id}>
                {m.name}
              </Option>
            ))}
          </Dropdown>
          <Switch
            data-testid="filter-mine"
            label={t('board.mine')}
            checked={filter.mine}
            disabled={!canFilterMine}
            onChange={(_, d) => onFilter({ ...filter, mine: d.checked })}
          />
          {extra}
          <CreateDialog
            title={t('create.column')}
            testId="new-column"
            trigger={<Button data-testid="new-column-button">{t('create.column')}</Button>}
            onCreate={async (name) => void createColumn.mutate(name)}
          />
        </>
      )}
      <NewBoardDialog onCreated={onChooseBoard} />
      <span className={styles.spacer} />
      {onSignOut && (
        <Button appearance="subtle" onClick={onSignOut} data-testid="sign-out">
          {t('board.signOut')}
        </Button>
      )}
    </div>
  );
}
