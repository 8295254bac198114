import type { BoardSummary } from '@teamflame/contract';
import { describe, expect, it } from 'vitest';
import { galleryOf } from './gallery.js';
import { forgetBoard, recentBoards, rememberBoard } from './recent-boards.js';

const board = (id: string, name: string, path: string): BoardSummary => ({ id, name, path });
const boards = [
  board('b1', 'Спринт 14', 'Разработка / Mobile'),
  board('b2', 'Бэклог', 'Разработка / Mobile'),
  board('b3', 'API', 'Разработка / Backend'),
  board('b4', 'Loose', ''),
  board('b5', 'Ёлка', 'Маркетинг / Праздники'),
];
const names = (list: BoardSummary[]) => list.map((b) => b.name);

describe('the board gallery', () => {
  it('lists recent boards first, then every board grouped by place, places in order and nowhere last', () => {
    const gallery = galleryOf(boards, ['b3', 'gone', 'b1'], '');
    expect(names(gallery.recent)).toEqual(['API', 'Спринт 14']);
    expect(gallery.groups.map((g) => [g.path, names(g.boards)])).toEqual([
      ['Маркетинг / Праздники', ['Ёлка']],
      ['Разработка / Backend', ['API']],
      ['Разработка / Mobile', ['Бэклог', 'Спринт 14']],
      ['', ['Loose']],
    ]);
  });

  it('searches names and places, ignoring case and ё', () => {
    expect(names(galleryOf(boards, [], 'елка').groups.flatMap((g) => g.boards))).toEqual(['Ёлка']);
    const mobile = galleryOf(boards, ['b1', 'b3'], 'MOBILE');
    expect(names(mobile.recent)).toEqual(['Спринт 14']);
    expect(mobile.groups.map((g) => g.path)).toEqual(['Разработка / Mobile']);
    expect(galleryOf(boards, ['b1'], 'nothing like it')).toEqual({ recent: [], groups: [] });
  });
});

describe('recent boards', () => {
  const storage = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
  };

  it('keeps the last opened first, each once, and forgets one that is gone', () => {
    const s = storage();
    for (const id of ['a', 'b', 'a', 'c']) rememberBoard(s, id);
    expect(recentBoards(s)).toEqual(['c', 'a', 'b']);
    forgetBoard(s, 'a');
    expect(recentBoards(s)).toEqual(['c', 'b']);
  });

  it('survives a corrupt entry', () => {
    const s = storage();
    s.setItem('teamflame.recentBoards', '{not json');
    expect(recentBoards(s)).toEqual([]);
    s.setItem('teamflame.recentBoards', '[1, "x"]');
    expect(recentBoards(s)).toEqual(['x']);
  });
});
