import { describe, expect, it } from 'vitest';
import { boardHash, hashForSubEntity, parseHash } from './routing.js';

describe('hash routes', () => {
  it('default to the board, with or without a board id', () => {
    expect(parseHash('')).toEqual({ page: 'board' });
    expect(parseHash('#/')).toEqual({ page: 'board' });
    expect(parseHash('#/board')).toEqual({ page: 'board' });
    expect(parseHash('#/nowhere')).toEqual({ page: 'board' });
    expect(parseHash('#/board/%E0%A4%A')).toEqual({ page: 'board' });
    expect(parseHash(boardHash('a b/c'))).toEqual({ page: 'board', boardId: 'a b/c' });
  });

  it('open a task of a board, also from links of the older form', () => {
    expect(parseHash(boardHash('b1', 't 2'))).toEqual({ page: 'board', boardId: 'b1', taskId: 't 2' });
    expect(boardHash('b1', 't2')).toBe('#/board/b1/task/t2');
    expect(parseHash('#/board/b1?task=t2')).toEqual({ page: 'board', boardId: 'b1', taskId: 't2' });
    expect(parseHash('#/board/b1/task/')).toEqual({ page: 'board', boardId: 'b1' });
  });

  it('name the other pages', () => {
    for (const page of ['boards', 'config', 'signin', 'privacy', 'terms'] as const) {
      expect(parseHash(`#/${page}`)).toEqual({ page });
    }
    expect(parseHash('#/config?x=1')).toEqual({ page: 'config' });
    expect(parseHash('#/signin?ticket=a.b-c_d')).toEqual({ page: 'signin', ticket: 'a.b-c_d' });
    expect(parseHash('#/signin?ticket=')).toEqual({ page: 'signin' });
  });
});

describe('a Teams deep link sub-entity', () => {
  it('names a board, or a task on it, as the hash that opens it', () => {
    expect(hashForSubEntity('board:b1')).toBe('#/board/b1');
    expect(hashForSubEntity('board:b1/task:t 2')).toBe('#/board/b1/task/t%202');
    expect(parseHash(hashForSubEntity('board:b1/task:t1')!)).toEqual({
      page: 'board',
      boardId: 'b1',
      taskId: 't1',
    });
  });

  it('is ignored when it is something else', () => {
    for (const other of [undefined, '', 'task:t1', 'board:', 'boards:b1', 'board:/task:t1'])
      expect(hashForSubEntity(other)).toBeUndefined();
  });
});
