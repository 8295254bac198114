import { z } from 'zod';
import type { Caller } from '../caller.js';
import type { Comment } from '../schemas.js';
import type { TasksService } from './tasks.js';

export class CommentsService {
  constructor(
    private readonly call: Caller,
    private readonly tasks: TasksService,
  ) {}

  /** No endpoint lists comments: they come embedded in the task. */
  async ofTask(taskId: string): Promise<Comment[]> {
    return (await this.tasks.get(taskId)).comments ?? [];
  }

  async create(taskId: string, text: string): Promise<void> {
    await this.call.post('/comment/create', { task: taskId, text }, z.unknown(), 'comment');
  }
}
