export { Boards, type NewTaskInput, type TaskEdit } from './boards.js';
export type {
  BoardChoice,
  BoardModel,
  BoardReader,
  ColumnModel,
  PersonModel,
  ProjectChoice,
  TaskDetailModel,
  TaskModel,
} from './read-model.js';
export type { TaskChange } from './task-changed.js';
