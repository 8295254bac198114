// Who is acting and where, read once from an activity. Teams may omit the AAD id (e.g. in some test
// clients); the bot channel user id is then the key.
import type { Activity } from 'botbuilder';

export interface TeamsIdentity {
  channelUserId: string;
  aadObjectId?: string;
  tenantId: string;
  name: string;
}

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

export function teamsIdentityOf(activity: Partial<Activity>): TeamsIdentity {
  const channelData = (activity.channelData ?? {}) as { tenant?: { id?: string } };
  return {
    channelUserId: activity.from?.id ?? '',
    aadObjectId: activity.from?.aadObjectId || undefined,
    tenantId: activity.conversation?.tenantId ?? channelData.tenant?.id ?? 'unknown',
    name: activity.from?.name ?? '',
  };
}

export function conversationKindOf(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || type === 'groupChat') return type;
  return activity.conversation?.isGroup ? 'groupChat' : 'personal';
}

/** Conversation ids can arrive URL-encoded (seen with botbuilder when no BOT_ID is set). */
export function conversationIdOf(activity: Partial<Activity>): string {
  const id = activity.conversation?.id ?? '';
  try {
    return id.includes('%') ? decodeURIComponent(id) : id;
  } catch {
    return id; // URIError: a "%" that is part of the id itself
  }
}
