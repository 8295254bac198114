import { describe, expect, it } from 'vitest';
import { boardHash, parseHash } from './routing.js';

describe('hash routes', () => {
  it('default to the board, with or without a board id', () => {
    expect(parseHash('')).toEqual({ page: 'board' });
    expect(parseHash('#/')).toEqual({ page: 'board' });
    expect(parseHash('#/board')).toEqual({ page: 'board' });
    expect(parseHash('#/nowhere')).toEqual({ page: 'board' });
    expect(parseHash(boardHash('a b/c'))).toEqual({ page: 'board', boardId: 'a b/c' });
  });

  it('name the other pages', () => {
    for (const page of ['config', 'signin', 'privacy', 'terms'] as const) {
      expect(parseHash(`#/${page}`)).toEqual({ page });
    }
    expect(parseHash('#/config?x=1')).toEqual({ page: 'config' });
  });
});
