import { z } from 'zod';
import type { Caller } from '../caller.js';
import { TeamFlameNotFoundError } from '../errors.js';
import { parseAnswer, taskSchema, type Task } from '../schemas.js';

const anyAnswer = z.unknown();

export interface NewTask {
  name: string;
  /** Rich text (HTML) as TeamFlame stores it; typed text becomes that only through typedTextToHtml. */
  description?: string;
  columnId: string;
  boardId: string;
  projectId: string;
  spaceId: string;
  assigneeIds?: string[];
  priority?: 'low' | 'middle' | 'high' | '';
  /** TeamFlame's format: YYYY-MM-DDTHH:MM:SS, no zone. */
  endDate?: string;
}

/** The fields a whole-object update may change; undefined leaves a field as it is, null clears a date. */
export interface TaskChanges {
  name?: string;
  /** Rich text (HTML) as TeamFlame stores it; typed text becomes that only through typedTextToHtml. */
  description?: string;
  assigneeIds?: string[];
  priority?: 'low' | 'middle' | 'high' | '';
  endDate?: string | null;
}

export class TasksService {
  constructor(private readonly call: Caller) {}

  byColumn(columnId: string): Promise<Task[]> {
    return this.call.get(
      `/task/getTasksByColumn/${encodeURIComponent(columnId)}`,
      z.array(taskSchema),
      'tasks',
    );
  }

  get(taskId: string): Promise<Task> {
    return this.call.get(`/task/${encodeURIComponent(taskId)}`, taskSchema, 'task');
  }

  /** The caller's tasks: `/task/my`, or the 2024 path `/tasks/my` where the first is unknown. */
  async mine(): Promise<Task[]> {
    try {
      return await this.call.get('/task/my', z.array(taskSchema), 'tasks');
    } catch (error) {
      if (!(error instanceof TeamFlameNotFoundError)) throw error;
      return this.call.get('/tasks/my', z.array(taskSchema), 'tasks');
    }
  }

  create(input: NewTask): Promise<Task> {
    const body = {
      name: input.name,
      description: input.description ?? '',
      columnId: input.columnId,
      boardId: input.boardId,
      projectId: input.projectId,
      spaceId: input.spaceId,
      location: input.spaceId,
      users: input.assigneeIds ?? [],
      ...(input.priority !== undefined ? { priority: input.priority } : {}),
      ...(input.endDate ? { endDate: input.endDate } : {}),
    };
    return this.call.post('/task/create', body, taskSchema, 'task');
  }

  /** How every TeamFlame client changes a task's status. The answer's shape is unknown, so it is ignored. */
  async changeColumn(task: Pick<Task, 'id' | 'spaceId'>, columnId: string): Promise<void> {
    await this.call.post(
      `/task/change-column/${encodeURIComponent(task.id)}`,
      { columnId, location: task.spaceId ?? '' },
      anyAnswer,
      'task',
    );
  }

  /**
   * TeamFlame updates take the whole task: `current` (as just read, or as a write just left it) with the
   * fields changed is sent back, and is what the task is now.
   */
  async update(current: Task, changes: TaskChanges): Promise<Task> {
    const taskId = current.id;
    const next: Record<string, unknown> = { ...current };
    if (changes.name !== undefined) next.name = changes.name;
    if (changes.description !== undefined) next.description = changes.description;
    if (changes.assigneeIds !== undefined) next.users = changes.assigneeIds;
    if (changes.priority !== undefined) next.priority = changes.priority;
    if (changes.endDate !== undefined) next.endDate = changes.endDate;
    await this.call.post(`/task/update/${encodeURIComponent(taskId)}`, next, anyAnswer, 'task');
    return parseAnswer(taskSchema, next, 'task');
  }
}
