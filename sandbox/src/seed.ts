// Deterministic, realistic seed data: Russian and English names, HTML descriptions, overdue tasks.
import { emptyStore, teamflameDate, type Board, type SandboxUser, type Store, type Task } from './model.js';

export const DEFAULT_COLUMNS = ['Сделать', 'В работе', 'Готово', 'Закрыто'];
export const DEMO_PASSWORD = 'demo';

const PEOPLE: [string, string, string][] = [
  ['demo@teamflame.local', 'Demo', 'User'],
  ['ivan.petrov@teamflame.local', 'Иван', 'Петров'],
  ['maria.ivanova@teamflame.local', 'Мария', 'Иванова'],
  ['john.smith@teamflame.local', 'John', 'Smith'],
  ['anna.sokolova@teamflame.local', 'Анна', 'Соколова'],
  ['alex.brown@teamflame.local', 'Alex', 'Brown'],
];

const TASK_TITLES = [
  'Настроить CI для мобильного приложения',
  'Обновить зависимости бэкенда',
  'Починить вход через SSO',
  'Write onboarding guide',
  'Review pull request #214',
  'Перевести интерфейс на английский',
  'Design the new settings page',
  'Оптимизировать запрос отчёта',
  'Add dark theme',
  'Провести ретроспективу спринта',
  'Migrate file storage to S3',
  'Подготовить релиз 2.4',
  'Fix flaky integration test',
  'Собрать обратную связь от пользователей',
  'Update privacy policy',
  'Сделать экспорт задач в CSV',
];

const DESCRIPTIONS = [
  '<p>Нужно сделать <b>до конца недели</b>.</p><ul><li>проверить логи</li><li>обновить документацию</li></ul>',
  '<p>Steps:</p><ol><li>Reproduce</li><li>Write a failing test</li><li>Fix</li></ol>',
  'Plain text description without markup.',
  '<p>См. обсуждение в канале <i>#dev</i>.</p>',
  '',
];

const COMMENTS = [
  'Взял в работу.',
  'Looks good to me.',
  '<p>Нужно уточнить у <b>заказчика</b>.</p>',
  'Blocked by the API change.',
  'Готово, проверьте, пожалуйста.',
];

const PRIORITIES: Task['priority'][] = ['low', 'middle', 'high', ''];

export interface SeedOptions {
  largeBoard?: { columns: number; tasksPerColumn: number };
  now?: Date;
}

function daysFrom(now: Date, days: number): string {
  const date = new Date(now);
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCHours(18, 0, 0, 0);
  return teamflameDate(date);
}

export function createBoard(
  store: Store,
  fields: Omit<Board, 'id' | 'columns'>,
  columnNames = DEFAULT_COLUMNS,
) {
  const board: Board = { ...fields, id: store.nextId(), columns: [] };
  store.boards.set(board.id, board);
  for (const name of columnNames) {
    const column = { id: store.nextId(), name, boardId: board.id, closed: name === 'Закрыто' };
    store.columns.set(column.id, column);
    board.columns.push(column.id);
  }
  return board;
}

export function seedStore(options: SeedOptions = {}): Store {
  const now = options.now ?? new Date();
  const store = emptyStore();
  const users: SandboxUser[] = PEOPLE.map(([email, firstName, lastName]) => ({
    id: store.nextId(),
    email,
    password: DEMO_PASSWORD,
    firstName,
    lastName,
    role: 'user',
    active: true,
    emailVerified: true,
  }));
  for (const user of users) store.users.set(user.id, user);
  const [demo, ivan, maria, john, anna, alex] = users as [SandboxUser, ...SandboxUser[]];

  const dev = {
    id: store.nextId(),
    name: 'Разработка',
    description: 'Команда разработки',
    users: [demo, ivan!, maria!, anna!].map((u) => u.id),
  };
  const marketing = {
    id: store.nextId(),
    name: 'Marketing',
    description: 'Campaigns and content',
    users: [demo, john!, alex!, maria!].map((u) => u.id),
  };
  store.spaces.set(dev.id, dev);
  store.spaces.set(marketing.id, marketing);

  const projects = [
    { id: store.nextId(), name: 'Мобильное приложение', space: dev.id, projectKey: 'MOB' },
    { id: store.nextId(), name: 'Backend API', space: dev.id, projectKey: 'API' },
    { id: store.nextId(), name: 'Website launch', space: marketing.id, projectKey: 'WEB' },
  ];
  for (const project of projects) store.projects.set(project.id, project);
  const [mobile, backend, website] = projects as [(typeof projects)[number], ...typeof projects];

  const boards = [
    createBoard(store, { name: 'Спринт 14', spaceId: dev.id, projectId: mobile.id }, [
      'Бэклог',
      ...DEFAULT_COLUMNS,
    ]),
    createBoard(store, { name: 'Баги', spaceId: dev.id, projectId: mobile.id }),
    createBoard(store, { name: 'API roadmap', spaceId: dev.id, projectId: backend!.id }, [
      'Ideas',
      'Сделать',
      'В работе',
      'Review',
      'Готово',
      'Закрыто',
    ]),
    createBoard(store, { name: 'Launch plan', spaceId: marketing.id, projectId: website!.id }),
  ];

  let n = 0;
  for (const board of boards) {
    const members = store.spaces.get(board.spaceId)!.users;
    for (const [c, columnId] of board.columns.entries()) {
      const count = 4 - (c % 2); // 3 or 4 tasks per column
      for (let i = 0; i < count; i++, n++) {
        const assignees = members.filter((_, m) => (n + m) % 3 === 0).slice(0, 2);
        const dueInDays = n % 5 === 0 ? -((n % 7) + 1) : n % 5 === 1 ? undefined : (n % 11) + 1; // some overdue
        const task: Task = {
          id: store.nextId(),
          name: `${TASK_TITLES[n % TASK_TITLES.length]}${n >= TASK_TITLES.length ? ` (${Math.floor(n / TASK_TITLES.length) + 1})` : ''}`,
          description: DESCRIPTIONS[n % DESCRIPTIONS.length]!,
          columnId,
          boardId: board.id,
          projectId: board.projectId,
          spaceId: board.spaceId,
          taskNumber: store.nextTaskNumber(),
          priority: PRIORITIES[n % PRIORITIES.length]!,
          status: [],
          users: assignees,
          creator: nameOf(store.users.get(members[n % members.length]!)!),
          comments: Array.from({ length: n % 4 }, (_, k) => ({
            userName: fullName(store.users.get(members[(n + k) % members.length]!)!),
            text: COMMENTS[(n + k) % COMMENTS.length]!,
          })),
          subTasks: [],
          startDate: daysFrom(now, -14),
          ...(dueInDays === undefined ? {} : { endDate: daysFrom(now, dueInDays) }),
        };
        store.tasks.set(task.id, task);
      }
    }
  }

  if (options.largeBoard) {
    const { columns, tasksPerColumn } = options.largeBoard;
    const big = createBoard(
      store,
      { name: `Large board ${columns}×${tasksPerColumn}`, spaceId: dev.id, projectId: backend!.id },
      Array.from({ length: columns }, (_, i) => `Column ${i + 1}`),
    );
    for (const columnId of big.columns) {
      for (let i = 0; i < tasksPerColumn; i++) {
        const task: Task = {
          id: store.nextId(),
          name: `Task ${i + 1}`,
          description: '',
          columnId,
          boardId: big.id,
          projectId: big.projectId,
          spaceId: big.spaceId,
          taskNumber: store.nextTaskNumber(),
          priority: PRIORITIES[i % PRIORITIES.length]!,
          status: [],
          users: [dev.users[i % dev.users.length]!],
          creator: nameOf(demo),
          comments: [],
          subTasks: [],
          ...(i % 3 === 0 ? { endDate: daysFrom(now, (i % 20) - 5) } : {}),
        };
        store.tasks.set(task.id, task);
      }
    }
  }
  return store;
}

function nameOf(user: SandboxUser) {
  return { firstName: user.firstName, lastName: user.lastName, name: fullName(user) };
}

export function fullName(user: SandboxUser): string {
  return `${user.firstName} ${user.lastName}`;
}
