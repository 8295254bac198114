import type { ProblemCode } from '@teamflame/contract';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * What the tab can tell about a failure: every code the server sends, and its own for a server it cannot
 * reach, an answer it cannot read, and a code it does not know (from a newer server).
 */
export type TabProblemCode = ProblemCode | 'offline' | 'unexpected-answer' | 'unknown';
interface ProblemText {
  message: string;
  hint: string;
}

const en = {
  signIn: {
    title: 'Sign in to TeamFlame',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
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
    comments_few: '{{count}} comments',
    comments_many: '{{count}} comments',
    comments_other: '{{count}} comments',
    signOut: 'Sign out',
    nobody: 'Nobody',
    columnActions: 'Column {{name}}',
    pending: 'Saving…',
    loadFailed: 'The board could not be loaded: {{reason}}',
    retry: 'Try again',
    noBoards: 'No boards yet: create one.',
    choosePrompt: 'Choose a board to see its tasks.',
    dragHint: 'Press space to pick up a task, the arrow keys to move it and space again to drop it.',
    loading: 'Loading…',
    empty: 'No tasks',
  },
  config: { title: 'Choose the board for this tab', hint: 'Then press Save.' },
  errors: {
    move: 'The task could not be moved',
    update: 'The task could not be changed',
    createTask: 'The task could not be created',
    createColumn: 'The column could not be created',
    createBoard: 'The board could not be created',
    comment: 'The comment could not be added',
    follow: 'Following could not be changed',
    signOut: 'Signing out failed',
    config: 'The tab could not be set up',
  },
  // What went wrong and what to do, by the problem code the server sends (PROBLEM_CODES), plus the
  // tab's own: `offline`, `unexpected-answer`, and `unknown` for a code this version does not know.
  problems: {
    'sign-in-refused': {
      message: 'TeamFlame did not accept this email and password.',
      hint: 'Check them and try again. If you forgot the password, reset it on the TeamFlame site.',
    },
    'sign-in-expired': {
      message: 'Your TeamFlame sign-in has expired.',
      hint: 'Sign in again.',
    },
    forbidden: {
      message: 'You do not have access to this in TeamFlame.',
      hint: 'Ask the owner of the space in TeamFlame to give you access, or choose another board.',
    },
    'not-found': {
      message: 'This no longer exists in TeamFlame, or you cannot see it.',
      hint: 'Reload the board, or choose another one.',
    },
    'rate-limited': {
      message: 'TeamFlame is receiving too many requests.',
      hint: 'Wait a few seconds and try again.',
    },
    'teamflame-timeout': {
      message: 'TeamFlame did not answer in time.',
      hint: 'Wait a minute and try again. Nothing was changed twice.',
    },
    'teamflame-unreachable': {
      message: 'TeamFlame cannot be reached right now.',
      hint: 'Wait a minute and try again. Nothing was changed twice.',
    },
    'teamflame-failed': {
      message: 'TeamFlame is not answering right now.',
      hint: 'Wait a minute and try again. Nothing was changed twice.',
    },
    'teamflame-too-large': {
      message: 'TeamFlame sent more data than this app can handle at once.',
      hint: 'Open something smaller, e.g. one task instead of the whole board.',
    },
    'teamflame-refused': {
      message: 'TeamFlame refused this: {{detail}}',
      hint: 'Correct what TeamFlame pointed out and try again.',
    },
    'teamflame-unreadable': {
      message: 'TeamFlame sent an answer this app does not understand.',
      hint: 'Try again later. If it keeps happening, tell your administrator.',
    },
    'not-installed': {
      message: 'The TeamFlame app is not added to this conversation.',
      hint: 'Add the TeamFlame app to this conversation first.',
    },
    'not-a-member': {
      message: 'Only members of this conversation, signed in through Teams, can do this.',
      hint: 'Open this tab in Teams, in a conversation you belong to.',
    },
    'membership-unknown': {
      message: 'Teams could not confirm you are in this conversation.',
      hint: 'Wait a moment and try again.',
    },
    'too-many-sign-in-attempts': {
      message: 'Too many sign-in attempts. Try again in {{seconds}} s.',
      hint: 'Wait, then sign in with the right password.',
    },
    unauthenticated: {
      message: 'You are not signed in.',
      hint: 'Sign in again.',
    },
    'invalid-request': {
      message: 'What was sent was not accepted.',
      hint: 'Check what you entered and try again.',
    },
    'route-not-found': {
      message: 'This app does not know that address.',
      hint: 'Reload the page: the app may have been updated.',
    },
    'request-too-large': {
      message: 'This is more than the app accepts at once.',
      hint: 'Send less at a time, e.g. a shorter text.',
    },
    'service-unavailable': {
      message: 'The app is not available right now.',
      hint: 'Wait a minute and try again.',
    },
    internal: {
      message: 'Something unexpected happened.',
      hint: 'Try again. If it keeps happening, tell your administrator.',
    },
    offline: {
      message: 'The app cannot be reached.',
      hint: 'Check your connection and try again.',
    },
    'unexpected-answer': {
      message: 'The app sent an answer this page does not understand.',
      hint: 'Reload the page: the app may have been updated.',
    },
    unknown: {
      message: 'Something went wrong.',
      hint: 'Try again. If it keeps happening, tell your administrator.',
    },
  } satisfies Record<TabProblemCode, ProblemText>,
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
    description: 'Description',
    noDescription: 'No description',
    editDescription: 'Edit description',
    descriptionHint: 'Plain text; line breaks are kept',
    saveDescription: 'Save description',
    cancel: 'Cancel',
    noComments: 'No comments yet',
    loadingComments: 'Loading comments…',
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
    comments_few: '{{count}} комментария',
    comments_many: '{{count}} комментариев',
    comments_other: '{{count}} комментария',
    signOut: 'Выйти',
    nobody: 'Без исполнителя',
    columnActions: 'Колонка {{name}}',
    pending: 'Сохраняем…',
    loadFailed: 'Не удалось загрузить доску: {{reason}}',
    retry: 'Повторить',
    noBoards: 'Досок пока нет: создайте доску.',
    choosePrompt: 'Выберите доску, чтобы увидеть задачи.',
    dragHint: 'Пробел берёт задачу, стрелки перемещают её, пробел ещё раз кладёт.',
    loading: 'Загрузка…',
    empty: 'Нет задач',
  },
  config: { title: 'Выберите доску для этой вкладки', hint: 'Затем нажмите «Сохранить».' },
  errors: {
    move: 'Не удалось переместить задачу',
    update: 'Не удалось изменить задачу',
    createTask: 'Не удалось создать задачу',
    createColumn: 'Не удалось создать колонку',
    createBoard: 'Не удалось создать доску',
    comment: 'Не удалось добавить комментарий',
    follow: 'Не удалось изменить подписку',
    signOut: 'Не удалось выйти',
    config: 'Не удалось настроить вкладку',
  },
  problems: {
    'sign-in-refused': {
      message: 'TeamFlame не принял эту почту и пароль.',
      hint: 'Проверьте их и попробуйте снова. Если вы забыли пароль, сбросьте его на сайте TeamFlame.',
    },
    'sign-in-expired': {
      message: 'Срок входа в TeamFlame истёк.',
      hint: 'Войдите снова.',
    },
    forbidden: {
      message: 'У вас нет доступа к этому в TeamFlame.',
      hint: 'Попросите владельца пространства в TeamFlame дать вам доступ или выберите другую доску.',
    },
    'not-found': {
      message: 'Этого больше нет в TeamFlame, или у вас нет к этому доступа.',
      hint: 'Обновите доску или выберите другую.',
    },
    'rate-limited': {
      message: 'TeamFlame получает слишком много запросов.',
      hint: 'Подождите несколько секунд и попробуйте снова.',
    },
    'teamflame-timeout': {
      message: 'TeamFlame не ответил вовремя.',
      hint: 'Подождите минуту и попробуйте снова. Ничего не будет изменено дважды.',
    },
    'teamflame-unreachable': {
      message: 'Сейчас нет связи с TeamFlame.',
      hint: 'Подождите минуту и попробуйте снова. Ничего не будет изменено дважды.',
    },
    'teamflame-failed': {
      message: 'TeamFlame сейчас не отвечает.',
      hint: 'Подождите минуту и попробуйте снова. Ничего не будет изменено дважды.',
    },
    'teamflame-too-large': {
      message: 'TeamFlame прислал больше данных, чем приложение может обработать за раз.',
      hint: 'Откройте что-нибудь поменьше, например одну задачу вместо всей доски.',
    },
    'teamflame-refused': {
      message: 'TeamFlame отклонил запрос: {{detail}}',
      hint: 'Исправьте то, на что указал TeamFlame, и попробуйте снова.',
    },
    'teamflame-unreadable': {
      message: 'TeamFlame прислал ответ, который приложение не понимает.',
      hint: 'Попробуйте позже. Если ошибка повторяется, сообщите администратору.',
    },
    'not-installed': {
      message: 'Приложение TeamFlame не добавлено в этот чат.',
      hint: 'Сначала добавьте приложение TeamFlame в этот чат.',
    },
    'not-a-member': {
      message: 'Это могут делать только участники этого чата, вошедшие через Teams.',
      hint: 'Откройте эту вкладку в Teams, в чате, где вы участник.',
    },
    'membership-unknown': {
      message: 'Teams не смог подтвердить, что вы участник этого чата.',
      hint: 'Подождите немного и попробуйте снова.',
    },
    'too-many-sign-in-attempts': {
      message: 'Слишком много попыток входа. Попробуйте снова через {{seconds}} с.',
      hint: 'Подождите, затем войдите с правильным паролем.',
    },
    unauthenticated: {
      message: 'Вы не вошли в систему.',
      hint: 'Войдите снова.',
    },
    'invalid-request': {
      message: 'Отправленные данные не приняты.',
      hint: 'Проверьте введённые данные и попробуйте снова.',
    },
    'route-not-found': {
      message: 'Приложение не знает такого адреса.',
      hint: 'Обновите страницу: возможно, приложение обновилось.',
    },
    'request-too-large': {
      message: 'Это больше, чем приложение принимает за раз.',
      hint: 'Отправляйте меньше за раз, например более короткий текст.',
    },
    'service-unavailable': {
      message: 'Приложение сейчас недоступно.',
      hint: 'Подождите минуту и попробуйте снова.',
    },
    internal: {
      message: 'Произошла непредвиденная ошибка.',
      hint: 'Попробуйте снова. Если ошибка повторяется, сообщите администратору.',
    },
    offline: {
      message: 'Нет связи с приложением.',
      hint: 'Проверьте подключение и попробуйте снова.',
    },
    'unexpected-answer': {
      message: 'Приложение прислало ответ, который эта страница не понимает.',
      hint: 'Обновите страницу: возможно, приложение обновилось.',
    },
    unknown: {
      message: 'Что-то пошло не так.',
      hint: 'Попробуйте снова. Если ошибка повторяется, сообщите администратору.',
    },
  },
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
    description: 'Описание',
    noDescription: 'Описания нет',
    editDescription: 'Изменить описание',
    descriptionHint: 'Простой текст; переносы строк сохраняются',
    saveDescription: 'Сохранить описание',
    cancel: 'Отмена',
    noComments: 'Комментариев пока нет',
    loadingComments: 'Загружаем комментарии…',
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

export const resources = { en, ru };

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
