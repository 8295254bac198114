// Every cache and mutation key of the tab, in one place, so mutations update exactly what queries read.
export const keys = {
  me: ['me'] as const,
  boards: ['boards'] as const,
  projectChoices: ['projects'] as const,
  board: (boardId: string) => ['board', boardId] as const,
  members: (boardId: string) => ['members', boardId] as const,
  task: (taskId: string) => ['task', taskId] as const,
  subscriptions: (conversationId: string) => ['subscriptions', conversationId] as const,
  /** Mutations: every write on a board (polling waits while one runs), and a task's new comments. */
  boardWrites: (boardId: string) => ['write', 'board', boardId] as const,
  commentWrites: (taskId: string) => ['write', 'comment', taskId] as const,
};
