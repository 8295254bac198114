// What the "my tasks" card says and offers, beyond being valid (cards.test checks that for every card).
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/index.js';
import { executeActions } from '../../test-support/cards/card-nodes.js';
import { sampleMyTasks } from '../../test-support/cards/sample-data.js';
import { myTasksCard } from './index.js';

const en = translatorFor('en-US');
const ru = translatorFor('ru-RU');
const text = (card: unknown) => JSON.stringify(card);

describe('my tasks card', () => {
  it('heads each group with its count, and dates each line in the reader’s language', () => {
    const enCard = text(myTasksCard({ list: sampleMyTasks }, en));
    for (const heading of ['Overdue (3)', 'Today (1)', 'This week (1)', 'Later (2)', 'No due date (4)'])
      expect(enCard).toContain(heading);
    expect(enCard).toContain('Спринт 14 · В работе · Nov 2');
    expect(enCard).toContain('Jan 15, 2027'); // another year: with the year
    const ruCard = text(myTasksCard({ list: sampleMyTasks }, ru));
    for (const heading of [
      'Просрочено (3)',
      'Сегодня (1)',
      'На этой неделе (1)',
      'Позже (2)',
      'Без срока (4)',
    ])
      expect(ruCard).toContain(heading);
    expect(ruCard).toContain('Спринт 14 · В работе · 2 нояб.');
    expect(ruCard).toContain('15 янв. 2027 г.');
    expect(ruCard).toContain('3 завершённые задачи не показаны.');
  });

  it('gives each line a Done button for its owner and page, and a tap that opens the task', () => {
    const card = myTasksCard({ list: { ...sampleMyTasks, page: 2 } }, en);
    const actions = executeActions(card);
    const done = actions.filter((a) => a.verb === 'task.done');
    expect(done.map((a) => (a.data as { taskId: string }).taskId)).toEqual([
      'm1',
      'm2',
      'm3',
      'm4',
      'm5',
      'm6',
    ]);
    for (const action of done)
      expect(action.data).toMatchObject({ owner: 'u0', page: 2, actionId: expect.any(String) });
    expect(actions.filter((a) => a.verb === 'task.open')).toHaveLength(6);
  });

  it('names the owner only when given, and offers only the pages there are', () => {
    const own = myTasksCard({ list: { ...sampleMyTasks, owner: { id: 'u0' } } }, en);
    expect(text(own)).toContain('"My tasks"');
    const shared = myTasksCard({ list: sampleMyTasks }, en);
    expect(text(shared)).toContain('"Tasks of Demo User"');
    const pager = (page: number, pageCount: number) =>
      executeActions(myTasksCard({ list: { ...sampleMyTasks, page, pageCount } }, en))
        .filter((a) => a.verb === 'tasks.mine')
        .map((a) => [a.title, (a.data as { page: number }).page]);
    expect(pager(1, 1)).toEqual([]);
    expect(pager(1, 3)).toEqual([['Next', 2]]);
    expect(pager(2, 3)).toEqual([
      ['Previous', 1],
      ['Next', 3],
    ]);
    expect(pager(3, 3)).toEqual([['Previous', 2]]);
    expect(text(myTasksCard({ list: { ...sampleMyTasks, page: 1, pageCount: 1 } }, en))).not.toContain(
      'Page 1',
    );
  });
});
