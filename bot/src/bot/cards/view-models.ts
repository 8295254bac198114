// What cards show: plain data prepared by the handlers, not TeamFlame's API shapes.
import type { DueGroup } from '../../boards/index.js';

export interface PersonView {
  id: string;
  name: string;
}

export interface TaskSummaryView {
  id: string;
  name: string;
  assigneeNames: string;
  dueDate?: string;
  overdue: boolean;
}

export interface ColumnView {
  id: string;
  name: string;
  tasks: TaskSummaryView[];
  taskCount: number;
}

export interface BoardView {
  id: string;
  name: string;
  path: string;
  columns: ColumnView[];
  url: string;
}

export interface TaskView {
  id: string;
  name: string;
  /** Plain text, line breaks kept (TeamFlame's HTML already turned into text); the card escapes it with
   * everything else. Also what a description field starts from when edited: sent back as typed, it is
   * stored unchanged (never escaped twice). */
  description: string;
  boardId: string;
  boardName: string;
  columnId: string;
  columnName: string;
  columns: { id: string; name: string }[];
  assignees: PersonView[];
  members: PersonView[];
  dueDate?: string;
  overdue: boolean;
  priority?: 'low' | 'middle' | 'high';
  /** The last comments, as plain text. */
  comments: { author: string; text: string }[];
  url: string;
}

/** One open task on a "my tasks" card. */
export interface MyTaskLineView {
  id: string;
  name: string;
  boardName: string;
  columnName: string;
  /** A calendar date. */
  dueDate?: string;
  /** Due in another year than today: the card shows the year too. */
  otherYear: boolean;
}

/** One page of a person's open tasks, grouped by when they are due. */
export interface MyTasksView {
  /** Whose list it is: their TeamFlame user id, and in shared conversations their TeamFlame name. */
  owner: { id: string; name?: string };
  /** This page's tasks, in group order, empty groups left out; `total` counts the group on every page. */
  groups: { kind: DueGroup; total: number; tasks: MyTaskLineView[] }[];
  /** Counted from 1. */
  page: number;
  pageCount: number;
  /** Open tasks on all pages. */
  openCount: number;
  /** Tasks in done columns, not listed. */
  finished: number;
}

export interface BoardChoiceView {
  id: string;
  title: string;
}

/** Teams refreshes a shared card automatically for at most this many listed users. */
export const MAX_REFRESH_USERS = 60;

/**
 * One change on a task, as a notification tells it. `who` is set when it is known who made it (a change made
 * through this app); unknown stays unsaid. Dates are calendar dates ("YYYY-MM-DD"), worded by the card.
 */
export type BoardEventView = { taskId: string; taskName: string; who?: string } & (
  | { kind: 'created'; columnName: string }
  | { kind: 'moved'; from: string; to: string }
  | { kind: 'assigned'; names: string[] }
  | { kind: 'unassigned'; names: string[] }
  /** To the person assigned, in their personal chat. */
  | { kind: 'assignedYou' }
  | { kind: 'due'; dueDate?: string }
  | { kind: 'renamed'; from: string }
  /** `author`: the name TeamFlame gives the comment, when it gives one. */
  | { kind: 'commented'; author?: string; text: string }
  | { kind: 'overdue'; dueDate: string }
);

/** Someone a channel card @mentions: their Teams id and the name Teams knows them by. */
export interface MentionView {
  id: string;
  name: string;
}

/** How a conversation gets a board's changes, as cards word it. */
export type DeliveryView =
  | { mode: 'instant' }
  | { mode: 'every'; minutes: number }
  | { mode: 'daily'; at: string; timeZone: string | null };

/** Whether the conversation a board card is in follows the board, and how. */
export type FollowView = { following: false } | { following: true; delivery: DeliveryView };
