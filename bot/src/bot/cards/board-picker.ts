import type { TFunction } from '../../i18n/index.js';
import { renderCard } from './render.js';
import template from './templates/board-picker.json' with { type: 'json' };
import type { BoardChoiceView } from './view-models.js';

export function boardPickerCard(data: { boards: BoardChoiceView[]; selected?: string }, t: TFunction) {
  return renderCard(template, {
    boards: data.boards,
    selected: data.selected ?? '',
    s: {
      title: t('boards.pickTitle'),
      none: t('boards.none'),
      label: t('boards.pickLabel'),
      placeholder: t('boards.pickPlaceholder'),
      choose: t('boards.choose'),
      newBoard: t('boards.newBoard'),
    },
  });
}
