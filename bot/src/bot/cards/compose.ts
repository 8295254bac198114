// What the message extension shows: the "Create task from this message" form (in a Teams dialog), and the
// line a found task takes in the search results (its full card is the task card itself).
import { randomUUID } from 'node:crypto';
import type { TFunction } from '../../i18n/index.js';
import { clip } from './clip.js';
import { renderCard } from './render.js';
import formTemplate from './templates/compose-task-form.json' with { type: 'json' };
import type { PersonView } from './view-models.js';

/** Where a task can go: one choice per column of each board, its value "boardId/columnId". */
export interface TaskPlaceChoice {
  boardId: string;
  boardName: string;
  columnId: string;
  columnName: string;
}

/** What the form's inputs show: filled in from the message, or what was typed into a refused attempt. */
export interface ComposeTaskValues {
  name: string;
  description: string;
  /** "boardId/columnId". */
  place?: string;
  /** Comma-separated, as Teams sends a multi-select. */
  assigneeIds?: string;
  dueDate?: string;
}

export interface ComposeTaskFormData {
  places: TaskPlaceChoice[];
  people: PersonView[];
  values: ComposeTaskValues;
  problem?: string;
  /** The key of an earlier attempt of this form, kept when it is shown again: still the same task. */
  actionId?: string;
}

export const placeValue = (boardId: string, columnId: string) => `${boardId}/${columnId}`;

/** The create form a message opens; its one button sends every input with one idempotency key. */
export function composeTaskFormCard(data: ComposeTaskFormData, t: TFunction) {
  return renderCard(formTemplate, {
    places: data.places.map((p) => ({
      title: `${p.boardName} / ${p.columnName}`,
      value: placeValue(p.boardId, p.columnId),
    })),
    people: data.people,
    values: { place: '', assigneeIds: '', dueDate: '', ...data.values },
    problem: data.problem ?? '',
    actionId: data.actionId ?? randomUUID(),
    s: {
      name: t('compose.name'),
      nameRequired: t('compose.nameRequired'),
      place: t('compose.place'),
      placeRequired: t('compose.placeRequired'),
      description: t('compose.description'),
      assignees: t('compose.assignees'),
      assigneesPlaceholder: t('compose.assigneesPlaceholder'),
      due: t('compose.due'),
      submit: t('compose.submit'),
    },
  });
}

/** What a search result's line says about a task besides its title. */
/** A task as search and unfurling know it (the read model's fields the preview shows). */
interface TaskPreviewData {
  name: string;
  boardName: string;
  columnName: string;
  assignees: { name: string }[];
  dueDate?: string;
  overdue: boolean;
  /** In a done column: its due date no longer matters. */
  done?: boolean;
}

/** Search result lines are short: the task card has the rest. */
const MAX_PREVIEW_TITLE = 120;

/** Hero and thumbnail cards read a few HTML tags: TeamFlame's words are shown as written, never as markup. */
function plain(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A found task as Teams lists it under the search box (a thumbnail card: Teams shows no Adaptive Card
 * there): its title, board / column, and who and when.
 */
export function taskPreview(data: TaskPreviewData, t: TFunction) {
  const when = data.done
    ? t('compose.previewDone')
    : data.dueDate
      ? t(data.overdue ? 'compose.previewOverdue' : 'compose.previewDue', { date: data.dueDate })
      : undefined;
  const who = data.assignees.length
    ? data.assignees.map((a) => a.name).join(', ')
    : t('compose.previewNobody');
  return {
    contentType: 'application/vnd.microsoft.card.thumbnail',
    content: {
      title: plain(clip(data.name, MAX_PREVIEW_TITLE)),
      subtitle: plain(`${data.boardName} / ${data.columnName}`),
      text: plain([who, when].filter(Boolean).join(' · ')),
    },
  };
}
