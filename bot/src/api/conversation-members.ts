// Whether a Teams user is a member of a conversation, as Teams itself says: the Bot Connector's member
// look-up, made through the conversation reference the bot stored when it was last used there.
import { TeamsInfo, type ConversationReference } from 'botbuilder';
import type { ProactiveSender } from '../bot/core/services.js';
import type { ConversationRow } from '../data/index.js';
import { AppError } from '../errors/index.js';

/**
 * Teams could not be asked (down, or our bot credentials refused): membership is unknown, not denied.
 * @internal Tests use it too.
 */
export class MembershipUnknown extends AppError {
  constructor(reason: string) {
    super('membership-unknown', { reason });
  }
}

export interface ConversationMembers {
  includes(conversation: ConversationRow, aadObjectId: string): Promise<boolean>;
}

/** The connector's answers that mean "no such member here" rather than "could not tell". */
const NOT_A_MEMBER_STATUSES = new Set([400, 403, 404]);

export function connectorMembers(proactive: ProactiveSender): ConversationMembers {
  return {
    async includes(conversation, aadObjectId) {
      const reference = conversation.reference as Partial<ConversationReference>;
      // The bot may know a channel only through a thread in it; members belong to the channel.
      const conversationId = conversation.id.split(';messageid=')[0]!;
      let answer: { member: { aadObjectId?: string } } | { error: unknown } | undefined;
      try {
        await proactive.continueConversation(
          { ...reference, conversation: { ...reference.conversation!, id: conversationId } },
          async (context) => {
            // Caught here: an error thrown inside the turn would go to the adapter's onTurnError, not to us.
            try {
              answer = { member: await TeamsInfo.getMember(context, aadObjectId) };
            } catch (error) {
              answer = { error };
            }
          },
        );
      } catch (error) {
        answer = { error }; // before the turn: e.g. the bot's own token could not be had
      }
      if (!answer) throw new MembershipUnknown('the member look-up did not run');
      if ('error' in answer) {
        const { error } = answer;
        const status = (error as { statusCode?: unknown }).statusCode;
        if (typeof status === 'number' && NOT_A_MEMBER_STATUSES.has(status)) return false;
        throw new MembershipUnknown(error instanceof Error ? error.message : String(error));
      }
      return answer.member.aadObjectId?.toLowerCase() === aadObjectId.toLowerCase();
    },
  };
}
