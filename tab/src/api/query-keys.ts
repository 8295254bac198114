// Every cache key of the tab, in one place, so mutations update exactly what queries read.
export const keys = {
  me: ['me'] as const,
  boards: ['boards'] as const,
  projectChoices: ['projects'] as const,
  board: (boardId: string) => ['board', boardId] as const,
  members: (boardId: string) => ['members', boardId] as const,
  task: (taskId: string) => ['task', taskId] as const,
  subscriptions: (conversationId: string) => ['subscriptions', conversationId] as const,
};
