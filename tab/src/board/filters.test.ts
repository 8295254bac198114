import { describe, expect, it } from 'vitest';
import { NOBODY, filterColumns, matchesFilter, noFilter } from './filters.js';
import { board, task } from './test-board.js';

const ivan = { id: 'u1', name: 'Ivan Petrov', initials: 'IP' };
const anna = { id: 'u2', name: 'Anna Smirnova', initials: 'AS' };
const t = task('x', 'c1', {
  name: 'Починить вход через Ёлку',
  descriptionHtml: '<p>Ошибка <b>500</b> на login &amp; вход</p>',
  descriptionText: 'Ошибка 500 на login & вход',
  assignees: [ivan],
});

describe('filters', () => {
  it('search the title and the description text, ignoring case, ё and markup', () => {
    expect(matchesFilter(t, { ...noFilter, text: 'ВХОД' })).toBe(true);
    expect(matchesFilter(t, { ...noFilter, text: 'елку' })).toBe(true);
    expect(matchesFilter(t, { ...noFilter, text: ' 500 на ' })).toBe(true);
    expect(matchesFilter(t, { ...noFilter, text: '<b>' })).toBe(false);
    expect(matchesFilter(t, { ...noFilter, text: 'login & вход' })).toBe(true);
    expect(matchesFilter(t, { ...noFilter, text: 'amp' })).toBe(false);
    expect(matchesFilter(t, { ...noFilter, text: 'logout' })).toBe(false);
  });

  it('filter by one assignee or by nobody', () => {
    expect(matchesFilter(t, { ...noFilter, assigneeId: 'u1' })).toBe(true);
    expect(matchesFilter(t, { ...noFilter, assigneeId: 'u2' })).toBe(false);
    expect(matchesFilter(t, { ...noFilter, assigneeId: NOBODY })).toBe(false);
    expect(matchesFilter({ ...t, assignees: [] }, { ...noFilter, assigneeId: NOBODY })).toBe(true);
  });

  it('"my tasks" wins over the assignee and shows nothing before the user is known', () => {
    const both = { ...t, assignees: [ivan, anna] };
    expect(matchesFilter(both, { ...noFilter, mine: true, assigneeId: 'u9' }, 'u2')).toBe(true);
    expect(matchesFilter(t, { ...noFilter, mine: true }, 'u2')).toBe(false);
    expect(matchesFilter(t, { ...noFilter, mine: true })).toBe(false);
  });

  it('combine text and assignee', () => {
    expect(matchesFilter(t, { text: 'вход', assigneeId: 'u1', mine: false })).toBe(true);
    expect(matchesFilter(t, { text: 'вход', assigneeId: 'u2', mine: false })).toBe(false);
  });

  it('keep the columns themselves when nothing filters, and unchanged columns when nothing is hidden', () => {
    const b = board();
    expect(filterColumns(b, noFilter)).toBe(b.columns);
    const shown = filterColumns(b, { ...noFilter, text: 't4' });
    expect(shown.map((c) => c.tasks.map((x) => x.id))).toEqual([[], ['t4']]);
    expect(shown[1]).toBe(b.columns[1]);
  });
});
