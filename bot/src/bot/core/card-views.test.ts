import { describe, expect, it } from 'vitest';
import { tabUrlFor } from './card-views.js';

describe('"Open in tab" links', () => {
  it('without a Teams app id are the plain tab page at the board or task', () => {
    const url = tabUrlFor({ publicUrl: 'https://tf.example' });
    expect(url()).toBe('https://tf.example/#/board');
    expect(url('b 1')).toBe('https://tf.example/#/board/b%201');
    expect(url('b1', 't1')).toBe('https://tf.example/#/board/b1/task/t1');
  });

  it('with one are Teams deep links to the personal tab, the board and task in the sub-entity id', () => {
    const url = tabUrlFor({ publicUrl: 'https://tf.example', teamsAppId: 'app-1' });
    const link = new URL(url('b1', 't1'));
    expect(`${link.origin}${link.pathname}`).toBe('https://teams.microsoft.com/l/entity/app-1/board');
    expect(link.searchParams.get('webUrl')).toBe('https://tf.example/#/board/b1/task/t1');
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: 'board:b1/task:t1' });
    expect(JSON.parse(new URL(url('b1')).searchParams.get('context')!)).toEqual({ subEntityId: 'board:b1' });
    expect(new URL(url()).searchParams.has('context')).toBe(false);
  });
});
