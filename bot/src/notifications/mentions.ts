// Channel and group chat cards @mention the people a change newly assigned, when they are members there,
// so Teams notifies them. Who is a member is what Teams' connector says, asked through the conversation
// reference the bot stored; somebody Teams does not list (or that cannot be asked) is named, not mentioned.
import { TeamsInfo, type ConversationReference } from 'botbuilder';
import type { MentionView } from '../bot/cards/index.js';
import type { ProactiveSender } from '../bot/core/services.js';
import type { ConversationRow, UserRow } from '../data/index.js';
import type { Logger } from '../logger.js';

export async function membersToMention(
  proactive: ProactiveSender,
  logger: Logger,
  conversation: ConversationRow,
  candidates: UserRow[],
): Promise<MentionView[]> {
  const people = candidates.filter((u) => u.tenantId === conversation.tenantId);
  if (people.length === 0) return [];
  const reference = conversation.reference as Partial<ConversationReference>;
  // The bot may know a channel only through a thread in it; members belong to the channel.
  const conversationId = conversation.id.split(';messageid=')[0]!;
  const found: MentionView[] = [];
  await proactive
    .continueConversation(
      { ...reference, conversation: { ...reference.conversation!, id: conversationId } },
      async (context) => {
        for (const person of people) {
          // Caught here: an error thrown inside the turn would go to the adapter's onTurnError.
          const member = await TeamsInfo.getMember(context, person.channelUserId).catch((error: unknown) => {
            const status = (error as { statusCode?: unknown }).statusCode;
            if (status !== 404 && status !== 403 && status !== 400)
              logger.warn({ err: String(error), conversationId }, 'could not ask Teams who is a member');
            return undefined;
          });
          if (member?.id && member.name) found.push({ id: member.id, name: member.name });
        }
      },
    )
    .catch((error: unknown) =>
      logger.warn({ err: String(error), conversationId }, 'could not ask Teams who is a member'),
    );
  return found;
}
