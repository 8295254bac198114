export { Boards } from './boards.js';
export {
  unlessHidden,
  type BoardModel,
  type PersonModel,
  type TaskDetailModel,
  type TaskModel,
} from './read-model.js';
export type { TaskChange } from './task-changed.js';
