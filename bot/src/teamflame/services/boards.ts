import { z } from 'zod';
import type { Caller } from '../caller.js';
import { boardSchema, type Board } from '../schemas.js';

export class BoardsService {
  constructor(private readonly call: Caller) {}

  /** Every board the caller can see. */
  mine(): Promise<Board[]> {
    return this.call.get('/board/boardsByUser', z.array(boardSchema), 'boards');
  }

  byProject(projectId: string): Promise<Board[]> {
    return this.call.get(
      `/board/boardsByProject/${encodeURIComponent(projectId)}`,
      z.array(boardSchema),
      'boards',
    );
  }

  get(boardId: string): Promise<Board> {
    return this.call.get(`/board/${encodeURIComponent(boardId)}`, boardSchema, 'board');
  }

  /** TeamFlame gives a new board four default columns. */
  create(input: { name: string; spaceId: string; projectId: string }): Promise<Board> {
    const body = { ...input, location: input.spaceId, logo: '', color: '' };
    return this.call.post('/board/create', body, boardSchema, 'board');
  }
}
