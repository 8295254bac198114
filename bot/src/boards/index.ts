export { Boards, type FinishOutcome } from './boards.js';
export { DUE_GROUPS, dueGroupOf, type DueGroup } from './due-groups.js';
export {
  unlessHidden,
  type BoardModel,
  type BoardTasksModel,
  type MyTaskModel,
  type MyTasksModel,
  type PersonModel,
  type TaskDetailModel,
  type TaskModel,
} from './read-model.js';
export type { TaskChange } from './task-changed.js';
export { findTasks, type FoundTask } from './task-search.js';
