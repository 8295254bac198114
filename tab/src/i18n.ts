import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const en = {
  signIn: {
    title: 'Sign in to TeamFlame',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    failed: 'TeamFlame did not accept this email and password.',
  },
  board: {
    anyone: 'Anyone',
    followHere: 'Follow in this conversation',
    assignee: 'Assignee',
    choose: 'Board',
    none: 'Choose a board',
    mine: 'My tasks',
    search: 'Search tasks',
    due: 'Due {{date}}',
    overdue: 'Overdue',
    comments_one: '{{count}} comment',
    comments_other: '{{count}} comments',
    signOut: 'Sign out',
    moveFailed: 'The task could not be moved: {{reason}}',
    loading: 'Loading…',
    empty: 'No tasks',
  },
  config: { title: 'Choose the board for this tab' },
  drawer: {
    close: 'Close',
    title: 'Title',
    column: 'Column',
    assignees: 'Assignees',
    nobody: 'Nobody',
    due: 'Due date',
    comments: 'Comments',
    commentPlaceholder: 'Write a comment',
    addComment: 'Add comment',
    description: 'New description',
    descriptionHint: 'Replaces the description above, as plain text',
    saveDescription: 'Save description',
  },
  create: {
    name: 'Name',
    create: 'Create',
    task: 'New task',
    column: 'New column',
    board: 'New board',
    project: 'Project',
  },
  privacy: {
    title: 'Privacy',
    body: 'TeamFlame for Microsoft Teams stores which Teams user is which TeamFlame user and that user’s TeamFlame tokens, encrypted. Passwords are never stored. Nothing else about you is kept.',
  },
  terms: {
    title: 'Terms of use',
    body: 'Use this app with your TeamFlame account as TeamFlame’s own terms allow.',
  },
};
const ru: typeof en = {
  signIn: {
    title: 'Вход в TeamFlame',
    email: 'Электронная почта',
    password: 'Пароль',
    submit: 'Войти',
    failed: 'TeamFlame не принял эту почту и пароль.',
  },
  board: {
    anyone: 'Все',
    followHere: 'Следить в этом чате',
    assignee: 'Исполнитель',
    choose: 'Доска',
    none: 'Выберите доску',
    mine: 'Мои задачи',
    search: 'Поиск задач',
    due: 'Срок {{date}}',
    overdue: 'Просрочено',
    comments_one: '{{count}} комментарий',
    comments_other: '{{count}} комментариев',
    signOut: 'Выйти',
    moveFailed: 'Не удалось переместить задачу: {{reason}}',
    loading: 'Загрузка…',
    empty: 'Нет задач',
  },
  config: { title: 'Выберите доску для этой вкладки' },
  drawer: {
    close: 'Закрыть',
    title: 'Название',
    column: 'Колонка',
    assignees: 'Исполнители',
    nobody: 'Никто',
    due: 'Срок',
    comments: 'Комментарии',
    commentPlaceholder: 'Напишите комментарий',
    addComment: 'Добавить комментарий',
    description: 'Новое описание',
    descriptionHint: 'Заменяет описание выше, простым текстом',
    saveDescription: 'Сохранить описание',
  },
  create: {
    name: 'Название',
    create: 'Создать',
    task: 'Новая задача',
    column: 'Новая колонка',
    board: 'Новая доска',
    project: 'Проект',
  },
  privacy: {
    title: 'Конфиденциальность',
    body: 'TeamFlame для Microsoft Teams хранит, какой пользователь Teams соответствует какому пользователю TeamFlame, и его токены TeamFlame в зашифрованном виде. Пароли не хранятся. Больше ничего о вас не сохраняется.',
  },
  terms: {
    title: 'Условия использования',
    body: 'Используйте приложение со своей учётной записью TeamFlame в рамках условий TeamFlame.',
  },
};

export function initI18n(locale: string) {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: locale.toLowerCase().startsWith('ru') ? 'ru' : 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i18next;
}
