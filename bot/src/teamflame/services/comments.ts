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

  /** `html`: rich text as TeamFlame stores it; typed text becomes that only through typedTextToHtml. */
  async create(taskId: string, html: string): Promise<void> {
    await this.call.post('/comment/create', { task: taskId, text: html }, z.unknown(), 'comment');
  }
}
