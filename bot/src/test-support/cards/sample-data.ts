// Sample view data for rendering every card in tests and screenshots. Every string a card shows that comes
// from TeamFlame (or from what a user typed) is in here, so a test can replace all of them at once.
import type {
  BoardChoiceView,
  BoardEventView,
  BoardView,
  MyTaskLineView,
  MyTasksView,
  TaskView,
} from '../../bot/cards/view-models.js';

export const sampleTask: TaskView = {
  id: '65f000000000000000000031',
  name: 'Починить вход через SSO',
  description: 'Нужно сделать до конца недели.\n- проверить логи',
  boardId: '65f000000000000000000010',
  boardName: 'Спринт 14',
  columnId: 'c2',
  columnName: 'В работе',
  columns: [
    { id: 'c1', name: 'Сделать' },
    { id: 'c2', name: 'В работе' },
    { id: 'c3', name: 'Готово' },
  ],
  assignees: [{ id: 'u1', name: 'Иван Петров' }],
  members: [
    { id: 'u1', name: 'Иван Петров' },
    { id: 'u2', name: 'Maria Ivanova' },
  ],
  dueDate: '2026-11-20',
  overdue: true,
  priority: 'high',
  comments: [{ author: 'Demo User', text: 'Looks good to me.' }],
  url: 'http://localhost:3978/#/board/65f000000000000000000010/task/65f000000000000000000031',
};

export const sampleBoard: BoardView = {
  id: '65f000000000000000000010',
  name: 'Спринт 14',
  path: 'Разработка / Мобильное приложение',
  url: 'http://localhost:3978/#/board/65f000000000000000000010',
  columns: [
    {
      id: 'c1',
      name: 'Сделать',
      taskCount: 7,
      tasks: Array.from({ length: 7 }, (_, i) => ({
        id: `t${i}`,
        name: `Task ${i}`,
        assigneeNames: i % 2 ? 'Alex Brown' : '',
        dueDate: i % 3 ? undefined : '2026-12-01',
        overdue: i === 0,
      })),
    },
    { id: 'c2', name: 'В работе', taskCount: 0, tasks: [] },
  ],
};

/** One change of each kind, with and without the person who made it. */
export const sampleEvents: BoardEventView[] = [
  { kind: 'created', taskId: 't1', taskName: 'Fix SSO', columnName: 'Сделать' },
  { kind: 'moved', taskId: 't1', taskName: 'Fix SSO', from: 'Сделать', to: 'В работе', who: 'Иван Петров' },
  { kind: 'moved', taskId: 't2', taskName: 'Release', from: 'В работе', to: 'Готово' },
  { kind: 'assigned', taskId: 't1', taskName: 'Fix SSO', names: ['Maria Ivanova', 'Demo User'] },
  { kind: 'assigned', taskId: 't3', taskName: 'Docs', names: ['John Smith'], who: 'Demo User' },
  { kind: 'due', taskId: 't1', taskName: 'Fix SSO', dueDate: '2026-12-01', who: 'Demo User' },
  { kind: 'due', taskId: 't2', taskName: 'Release' },
  { kind: 'commented', taskId: 't1', taskName: 'Fix SSO', author: 'Maria', text: 'Проверила,\nвсё работает' },
  { kind: 'unassigned', taskId: 't2', taskName: 'Release', names: ['Maria Ivanova'], who: 'Иван Петров' },
  { kind: 'renamed', taskId: 't3', taskName: 'Docs, final', from: 'Docs' },
  { kind: 'commented', taskId: 't3', taskName: 'Docs, final', text: 'Unsigned note' },
  { kind: 'assignedYou', taskId: 't2', taskName: 'Release', who: 'Иван Петров' },
  { kind: 'overdue', taskId: 't2', taskName: 'Release', dueDate: '2026-11-30' },
];

const line = (
  id: string,
  name: string,
  dueDate?: string,
  place: Pick<MyTaskLineView, 'boardName' | 'columnName'> = {
    boardName: 'Спринт 14',
    columnName: 'В работе',
  },
): MyTaskLineView => ({ id, name, ...place, dueDate, otherYear: dueDate?.slice(0, 4) === '2027' });

/** The first page of a person's open tasks (today is 2026-11-18), one group of each kind. */
export const sampleMyTasks: MyTasksView = {
  owner: { id: 'u0', name: 'Demo User' },
  groups: [
    {
      kind: 'overdue',
      total: 3,
      tasks: [
        line('m1', 'Починить вход через SSO', '2026-11-02'),
        line('m2', 'Write release notes', '2026-11-17', { boardName: 'Launch plan', columnName: 'Сделать' }),
      ],
    },
    { kind: 'today', total: 1, tasks: [line('m3', 'Провести ретроспективу спринта', '2026-11-18')] },
    {
      kind: 'thisWeek',
      total: 1,
      tasks: [
        line('m4', 'Review pull request #214', '2026-11-22', {
          boardName: 'API roadmap',
          columnName: 'Review',
        }),
      ],
    },
    { kind: 'later', total: 2, tasks: [line('m5', 'Перейти на PostgreSQL 16', '2027-01-15')] },
    {
      kind: 'none',
      total: 4,
      tasks: [line('m6', 'Обновить иконки под новый бренд', undefined, { boardName: '', columnName: '' })],
    },
  ],
  page: 1,
  pageCount: 2,
  openCount: 11,
  finished: 3,
};

/** A full page of the longest names TeamFlame allows (500 characters), two bytes each in UTF-8. */
const sampleMyTasksLongest: MyTasksView = {
  owner: { id: 'u0', name: 'Ж'.repeat(500) },
  groups: [
    {
      kind: 'later',
      total: 25,
      tasks: Array.from({ length: 10 }, (_, i) =>
        line(`l${i}`, 'Ж'.repeat(500), '2027-12-31', {
          boardName: 'Б'.repeat(500),
          columnName: 'К'.repeat(500),
        }),
      ),
    },
  ],
  page: 2,
  pageCount: 3,
  openCount: 25,
  finished: 1000,
};

/** Everything the card gallery shows that is not the bot's own words. */
export interface CardSamples {
  task: TaskView;
  board: BoardView;
  events: BoardEventView[];
  myTasks: MyTasksView;
  myTasksLongest: MyTasksView;
  /** The signed-in user's display name. */
  person: string;
  /** The email a user typed into a sign-in that failed. */
  email: string;
  boardChoices: BoardChoiceView[];
  projectChoices: BoardChoiceView[];
  /** A title a user typed into a form that was refused. */
  typedTitle: string;
  /** Words a user typed that are no command. */
  typedWords: string;
  /** What TeamFlame said when it refused a write. */
  errorDetail: string;
}

export const samples: CardSamples = {
  task: sampleTask,
  board: sampleBoard,
  events: sampleEvents,
  myTasks: sampleMyTasks,
  myTasksLongest: sampleMyTasksLongest,
  person: 'Demo User',
  email: 'a@b.c',
  boardChoices: [
    { id: 'b1', title: 'Разработка / Мобильное приложение / Спринт 14' },
    { id: 'b2', title: 'Marketing / Site / Launch' },
  ],
  projectChoices: [{ id: 's1/p1', title: 'Разработка / Backend API' }],
  typedTitle: 'Kept title',
  typedWords: 'blorp',
  errorDetail: 'name',
};
