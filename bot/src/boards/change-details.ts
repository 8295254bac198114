// What a change left a task as, in one shape for both sides of the match: the domain records it with each
// write made through the app (with who made it), and the notifier computes it for each change a poll finds.
// A found change is told with a name only when a write produced exactly it.
import type { JsonObject } from '../data/index.js';

type ChangeKind = 'created' | 'moved' | 'assigned' | 'due' | 'commented' | 'renamed';

export interface ChangeDetail {
  kind: ChangeKind;
  detail: JsonObject;
}

export const changeDetail = {
  created: (): ChangeDetail => ({ kind: 'created', detail: {} }),
  moved: (columnId: string): ChangeDetail => ({ kind: 'moved', detail: { columnId } }),
  /** `users`: every assignee after the change. */
  assigned: (users: readonly string[]): ChangeDetail => ({
    kind: 'assigned',
    detail: { users: [...new Set(users)].sort() },
  }),
  /** `dueDate`: the calendar date after the change, null when cleared. */
  due: (dueDate: string | null): ChangeDetail => ({ kind: 'due', detail: { dueDate } }),
  commented: (): ChangeDetail => ({ kind: 'commented', detail: {} }),
  renamed: (name: string): ChangeDetail => ({ kind: 'renamed', detail: { name } }),
};
