export { Boards, type FinishOutcome, type FollowedBoard } from './boards.js';
export { deliveryOf, MAX_DIGEST_MINUTES, MIN_DIGEST_MINUTES, timeOfDay, type Delivery } from './delivery.js';
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
export { AccountCache } from './account-cache.js';
