// Every string of the tab in English; ru.ts has the same keys (its type is this object's).
import type { TabProblemCode } from '../i18n.js';

interface ProblemText {
  message: string;
  hint: string;
}

export const en = {
  signIn: {
    title: 'Sign in to TeamFlame',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    inTeams:
      'Sign in once with your TeamFlame account. Teams then remembers it and signs you in by itself next time.',
    forTeams: 'Sign in with your TeamFlame account to find and create tasks from the Teams message box.',
    doneForTeams: 'You are signed in. Go back to Teams and try again.',
  },
  // Teams SSO without consent yet: the pop-up that asks Entra ID for it, and what to do when it fails.
  consent: {
    title: 'Let Teams sign you in to TeamFlame',
    body: 'Teams needs your permission once to sign you in to TeamFlame with your work account.',
    allow: 'Allow',
    failed: 'Permission was not given: {{reason}}',
    failedHint:
      'Press Allow again and finish the window that opens (allow pop-ups for Teams if none opens), or sign in with your TeamFlame email and password below.',
    ssoOff: 'Teams sign-in is not set up for this app. Sign in with your TeamFlame email and password below.',
    orPassword: 'Or sign in with TeamFlame',
    working: 'Signing you in…',
    notInTeams:
      'This page is part of signing in to TeamFlame in Teams. Close it and open the TeamFlame tab in Teams again.',
  },
  board: {
    anyone: 'Anyone',
    followHere: 'Follow in this conversation',
    followUnavailable: 'Following is not available here: {{reason}} {{hint}}',
    assignee: 'Assignee',
    choose: 'Board',
    none: 'Choose a board',
    mine: 'My tasks',
    search: 'Search tasks',
    due: 'Due {{date}}',
    dueSoon: 'Due soon: {{date}}',
    overdue: 'Overdue: due {{date}}',
    hasDescription: 'Has a description',
    moreAssignees: 'And {{names}}',
    tasks_one: '{{count}} task',
    tasks_few: '{{count}} tasks',
    tasks_many: '{{count}} tasks',
    tasks_other: '{{count}} tasks',
    noMatches: 'No tasks match the filters',
    noMatchesHint: 'Try other words, or another assignee.',
    clearFilters: 'Clear filters',
    allBoards: 'All boards',
    more: 'More',
    toolbar: 'Board tools',
    comments_one: '{{count}} comment',
    comments_few: '{{count}} comments',
    comments_many: '{{count}} comments',
    comments_other: '{{count}} comments',
    signOut: 'Sign out',
    nobody: 'Nobody',
    pending: 'Saving…',
    loadFailed: 'The board could not be loaded: {{reason}}',
    retry: 'Try again',
    noBoards: 'No boards yet: create one.',
    dragHint: 'Press space to pick up a task, the arrow keys to move it and space again to drop it.',
    loading: 'Loading…',
    empty: 'No tasks',
  },
  // What a screen reader hears while a task is dragged (dnd-kit announcements).
  drag: {
    pickedUp: 'Picked up task {{task}} in column {{column}}.',
    over: 'Task {{task}} is over column {{column}}.',
    outside: 'Task {{task}} is not over a column.',
    dropped: 'Task {{task}} was dropped in column {{column}}.',
    droppedOutside: 'Task {{task}} was dropped outside the columns; it stays where it was.',
    cancelled: 'Moving task {{task}} was cancelled; it stays in column {{column}}.',
  },
  column: {
    actions: 'Actions for column {{name}}',
    rename: 'Rename',
    addTask: 'Add a task',
    name: 'Column name',
    newTaskTitle: 'Title of a new task in {{name}}',
    newTaskPlaceholder: 'Title, then Enter',
    assign: 'Assign',
    due: 'Due date of the new task',
    add: 'Add',
    cancel: 'Cancel',
  },
  priority: {
    label: 'Priority',
    none: 'None',
    low: 'Low',
    middle: 'Medium',
    high: 'High',
    badge: '{{value}} priority',
  },
  gallery: {
    title: 'Your boards',
    search: 'Search boards',
    recent: 'Recent',
    noMatches: 'No board matches “{{text}}”.',
    other: 'Other boards',
    loadFailed: 'Your boards could not be loaded: {{reason}}',
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
    renameColumn: 'The column could not be renamed',
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
    'sign-in-link-expired': {
      message: 'This sign-in link has expired.',
      hint: 'Go back to Teams and try again: Teams opens a new one.',
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
    editTitle: 'Edit the title',
    column: 'Column',
    assignees: 'Assignees',
    nobody: 'Nobody',
    due: 'Due date',
    noDue: 'No due date',
    clearDue: 'Clear the due date',
    comments: 'Comments',
    commentPlaceholder: 'Write a comment. Ctrl+Enter sends.',
    addComment: 'Send',
    sending: 'Sending…',
    description: 'Description',
    addDescription: 'Add a description',
    editDescription: 'Edit the description',
    descriptionHint: 'Line breaks are kept. Ctrl+Enter saves, Escape cancels.',
    save: 'Save',
    cancel: 'Cancel',
    noComments: 'No comments yet',
    loadingComments: 'Loading comments…',
    saving: 'Saving…',
    saved: 'Saved',
    failed: 'Not saved',
    retry: 'Try again',
  },
  // The date picker's own labels ({0} is filled in by the picker); month and day names come from Intl.
  calendar: {
    label: 'Calendar',
    goToToday: 'Go to today',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    prevYearRange: 'Previous years',
    nextYearRange: 'Next years',
    close: 'Close the calendar',
    selected: 'Selected date {0}',
    today: 'Today, {0}',
    monthHeader: '{0}, choose the year',
    yearHeader: '{0}, choose the month',
    weekNumber: 'Week {0}',
  },
  create: {
    name: 'Name',
    create: 'Create',
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
