// The words of the seed: people, spaces, projects, boards and task titles, in Russian and English.
export const DEFAULT_COLUMNS = ['Сделать', 'В работе', 'Готово', 'Закрыто'];
export const CLOSED_COLUMN = 'Закрыто';
export const DEMO_PASSWORD = 'demo';

/** [email, first name, last name]; the order fixes the ids. */
export const PEOPLE: [string, string, string][] = [
  ['demo@teamflame.local', 'Demo', 'User'],
  ['ivan.petrov@teamflame.local', 'Иван', 'Петров'],
  ['maria.ivanova@teamflame.local', 'Мария', 'Иванова'],
  ['john.smith@teamflame.local', 'John', 'Smith'],
  ['anna.sokolova@teamflame.local', 'Анна', 'Соколова'],
  ['alex.brown@teamflame.local', 'Alex', 'Brown'],
];

export const SPACES = [
  {
    key: 'dev',
    name: 'Разработка',
    description: 'Команда разработки',
    // john.smith is deliberately not a member: tests need someone who cannot see this space.
    members: ['demo', 'ivan.petrov', 'maria.ivanova', 'anna.sokolova'],
  },
  {
    key: 'marketing',
    name: 'Marketing',
    description: 'Campaigns and content',
    members: ['demo', 'john.smith', 'alex.brown', 'maria.ivanova'],
  },
] as const;

export type SpaceKey = (typeof SPACES)[number]['key'];

export const PROJECTS = [
  { key: 'mobile', name: 'Мобильное приложение', space: 'dev', projectKey: 'MOB' },
  { key: 'backend', name: 'Backend API', space: 'dev', projectKey: 'API' },
  { key: 'website', name: 'Website launch', space: 'marketing', projectKey: 'WEB' },
] as const satisfies readonly { key: string; name: string; space: SpaceKey; projectKey: string }[];

type ProjectKey = (typeof PROJECTS)[number]['key'];

export interface BoardPlan {
  name: string;
  project: ProjectKey;
  columns: string[];
  /** One title per seeded task, in column order (4, 3, 4, 3, … tasks per column). */
  titles: string[];
}

export const BOARDS: BoardPlan[] = [
  {
    name: 'Спринт 14',
    project: 'mobile',
    columns: ['Бэклог', ...DEFAULT_COLUMNS],
    titles: [
      'Экран онбординга для новых пользователей',
      'Push-уведомления о новых задачах',
      'Поддержка тёмной темы',
      'Offline mode for the task list',
      'Перевести интерфейс на английский',
      'Ускорить холодный старт приложения',
      'Add biometric sign-in',
      'Настроить CI для мобильного приложения',
      'Экран профиля: загрузка аватара',
      'Fix crash on Android 14 when rotating',
      'Обновить иконки под новый бренд',
      'Провести ретроспективу спринта',
      'Подготовить релиз 2.4',
      'Write release notes for 2.3',
      'Подключить аналитику событий',
      'Migrate to the new navigation library',
      'Согласовать макеты с дизайнером',
      'Remove the legacy feedback form',
    ],
  },
  {
    name: 'Баги',
    project: 'mobile',
    columns: DEFAULT_COLUMNS,
    titles: [
      'Починить вход через SSO',
      'Дублируются уведомления после обновления',
      'Date picker shows the wrong week start',
      'Не сохраняется черновик комментария',
      'Keyboard covers the comment field on iOS',
      'Падение при открытии пустой доски',
      'Avatar images are not cached',
      'Неверный часовой пояс в сроках задач',
      'Fix flaky integration test',
      'Список задач мигает при обновлении',
      'Search ignores Cyrillic capital letters',
      'Кнопка «Назад» закрывает приложение',
      'Broken link in the About screen',
      'Опечатка в тексте ошибки входа',
    ],
  },
  {
    name: 'API roadmap',
    project: 'backend',
    columns: ['Ideas', 'Сделать', 'В работе', 'Review', 'Готово', 'Закрыто'],
    titles: [
      'Webhooks for task changes',
      'Публичный API для интеграций',
      'GraphQL gateway evaluation',
      'Rate limiting per client',
      'Обновить зависимости бэкенда',
      'Оптимизировать запрос отчёта',
      'Add pagination to task lists',
      'Сделать экспорт задач в CSV',
      'Migrate file storage to S3',
      'Ротация ключей подписи токенов',
      'Structured logging with request ids',
      'Review pull request #214',
      'Индексы для поиска по задачам',
      'OpenAPI spec for the v2 endpoints',
      'Health check endpoint',
      'Перейти на PostgreSQL 16',
      'Refresh tokens with rotation',
      'Убрать устаревший эндпоинт /v0/tasks',
      'Archive old boards automatically',
      'Перенести очереди на отдельный сервер',
      'Remove the XML export',
    ],
  },
  {
    name: 'Launch plan',
    project: 'website',
    columns: DEFAULT_COLUMNS,
    titles: [
      'Write the launch blog post',
      'Prepare the press kit',
      'Лендинг на русском языке',
      'Record the product demo video',
      'Set up the newsletter campaign',
      'Update privacy policy',
      'Design social media banners',
      'Collect customer testimonials',
      'Собрать обратную связь от пользователей',
      'Plan the launch webinar',
      'SEO audit of the new website',
      'Book ads for launch week',
      'Translate the pricing page',
      'Retire the old landing page',
    ],
  },
];

export const DESCRIPTIONS = [
  '<p>Нужно сделать <b>до конца недели</b>.</p><ul><li>проверить логи</li><li>обновить документацию</li></ul>',
  '<p>Steps:</p><ol><li>Reproduce</li><li>Write a failing test</li><li>Fix</li></ol>',
  'Plain text description without markup.',
  '<p>См. обсуждение в канале <i>#dev</i>.</p>',
  '',
];

export const COMMENTS = [
  'Взял в работу.',
  'Looks good to me.',
  '<p>Нужно уточнить у <b>заказчика</b>.</p>',
  'Blocked by the API change.',
  'Готово, проверьте, пожалуйста.',
];
