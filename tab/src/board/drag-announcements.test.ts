import type { Active, Over } from '@dnd-kit/core';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n.js';
import { dragAnnouncements } from './drag-announcements.js';
import { board, task } from './test-board.js';

const active = (id: string) => ({ id }) as Active;
const overTask = (id: string, columnId: string) =>
  ({ id, data: { current: { columnId } } }) as unknown as Over;
const overColumn = (id: string) => ({ id, data: { current: { type: 'column' } } }) as unknown as Over;

const tFor = (lng: 'en' | 'ru') =>
  i18next.createInstance().init({
    lng,
    resources: { [lng]: { translation: resources[lng] } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });

describe('drag announcements', () => {
  const b = board();
  b.columns[0]!.tasks[0] = task('t1', 'c1', { name: 'Fix sign-in' });

  it('name the task and the columns, in the tab language', async () => {
    const en = dragAnnouncements(b, await tFor('en'));
    expect(en.onDragStart({ active: active('t1') })).toBe('Picked up task Fix sign-in in column To do.');
    expect(en.onDragOver({ active: active('t1'), over: overTask('t4', 'c2') })).toBe(
      'Task Fix sign-in is over column Doing.',
    );
    expect(en.onDragEnd({ active: active('t1'), over: overColumn('c2') })).toBe(
      'Task Fix sign-in was dropped in column Doing.',
    );
    expect(en.onDragEnd({ active: active('t1'), over: null })).toContain('stays where it was');
    expect(en.onDragCancel({ active: active('t1'), over: null })).toBe(
      'Moving task Fix sign-in was cancelled; it stays in column To do.',
    );
    const ru = dragAnnouncements(b, await tFor('ru'));
    expect(ru.onDragOver({ active: active('t1'), over: overColumn('c2') })).toBe(
      'Задача Fix sign-in над колонкой Doing.',
    );
  });
});
