import { z } from 'zod';
import type { Caller } from '../caller.js';
import { columnSchema, layeredColumnSchema, parseAnswer, type Column } from '../schemas.js';

export class ColumnsService {
  constructor(private readonly call: Caller) {}

  byBoard(boardId: string, options: { hideClosed?: boolean } = {}): Promise<Column[]> {
    const query = options.hideClosed ? '?hideClosed=true' : '';
    return this.call.get(
      `/column/getByBoard/${encodeURIComponent(boardId)}${query}`,
      z.array(columnSchema),
      'columns',
    );
  }

  /** The whole board in one call: columns with embedded tasks (absent `tasks` means not embedded). */
  byBoardWithTasks(boardId: string): Promise<Column[]> {
    return this.call.get(
      `/column/getByBoardOneLayer/${encodeURIComponent(boardId)}`,
      z.array(layeredColumnSchema),
      'columns',
    );
  }

  create(input: {
    name: string;
    boardId: string;
    spaceId: string;
    projectId: string;
    color?: string;
  }): Promise<Column> {
    const body = { ...input, color: input.color ?? '', location: input.spaceId };
    return this.call.post('/column/create', body, columnSchema, 'column');
  }

  /**
   * No public client renames a column; TeamFlame's task update (`/task/update/{id}`, the whole object
   * with fields changed) is the model for `/column/update/{id}` here, its answer ignored like the task's.
   */
  async rename(column: Column, name: string): Promise<Column> {
    const { tasks: _tasks, ...fields } = column;
    const next = { ...fields, name };
    await this.call.post(`/column/update/${encodeURIComponent(column.id)}`, next, z.unknown(), 'column');
    return parseAnswer(columnSchema, next, 'column');
  }
}
