// Following a board from a channel or chat tab. The conversation must be one the bot is in, and the caller
// one of its members, as Teams says; a browser session carries no Teams identity, so never is one.
import type { RequestUser } from '../authenticate.js';
import type { ApiDeps } from '../deps.js';
import { NotAMember, NotInstalledHere } from '../problems.js';
import type { RouteHandlers } from '../router.js';

export function subscriptionRoutes(
  deps: ApiDeps,
): Pick<RouteHandlers, 'subscriptions' | 'subscribe' | 'unsubscribe'> {
  async function memberConversation(user: RequestUser, conversationId: string) {
    const conversation = await deps.db.conversations.findForTab(conversationId);
    if (!conversation?.installed) throw new NotInstalledHere();
    const { identity } = user;
    if (
      identity.kind !== 'teams' ||
      identity.tenantId !== conversation.tenantId ||
      !(await deps.members.includes(conversation, identity.aadObjectId))
    ) {
      throw new NotAMember();
    }
    return conversation;
  }

  return {
    async subscriptions({ user, params }) {
      const conversation = await memberConversation(user, params.conversationId);
      return (await deps.db.subscriptions.forConversation(conversation.id)).map((s) => ({
        boardId: s.boardId,
      }));
    },
    async subscribe({ user, params }) {
      const conversation = await memberConversation(user, params.conversationId);
      const board = await deps.boards.follow(user, conversation.id, params.boardId);
      return { boardId: board.id };
    },
    async unsubscribe({ user, params }) {
      const conversation = await memberConversation(user, params.conversationId);
      await deps.boards.unfollow(conversation.id, params.boardId);
      return undefined;
    },
  };
}
