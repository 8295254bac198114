// Every board the user can see, named with its space and project.
import type { BoardSummary } from '@teamflame/contract';
import { Dropdown, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isPending } from '../api/mutations.js';

export function BoardPicker({
  boards,
  boardId,
  onChoose,
  testId = 'board-picker',
}: {
  boards: BoardSummary[];
  boardId?: string;
  onChoose: (board: BoardSummary) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const chosen = boards.find((b) => b.id === boardId);
  return (
    <Dropdown
      data-testid={testId}
      aria-label={t('board.choose')}
      placeholder={boards.length ? t('board.none') : t('board.noBoards')}
      value={chosen?.name ?? ''}
      selectedOptions={chosen ? [chosen.id] : []}
      onOptionSelect={(_, d) => {
        const board = boards.find((b) => b.id === d.optionValue);
        if (board) onChoose(board);
      }}
    >
      {boards
        .filter((b) => !isPending(b.id))
        .map((b) => (
          <Option key={b.id} value={b.id} text={b.name}>
            {b.path ? `${b.path} / ${b.name}` : b.name}
          </Option>
        ))}
    </Dropdown>
  );
}
