// Teams-shaped activities, as the Teams channel posts them to /api/messages.
import { randomUUID } from 'node:crypto';

export interface TeamsUser {
  /** Bot channel user id ("29:…"). */
  id: string;
  aadObjectId: string;
  name: string;
}

type ConversationKind = 'personal' | 'groupChat' | 'channel';

export interface ConversationSpec {
  id: string;
  kind: ConversationKind;
  tenantId?: string;
  teamId?: string;
  channelId?: string;
}

const BOT = { id: '28:teamflame-bot', name: 'TeamFlame' };
export const TENANT_ID = '72f988bf-0000-4000-8000-000000000001';

export function teamsUser(name: string): TeamsUser {
  return { id: `29:${randomUUID()}`, aadObjectId: randomUUID(), name };
}

export function personalChat(user: TeamsUser): ConversationSpec {
  return { id: `a:personal-${user.aadObjectId}`, kind: 'personal', tenantId: TENANT_ID };
}

export function channel(name = 'General'): ConversationSpec {
  const teamId = `19:team-${randomUUID()}@thread.tacv2`;
  return {
    id: `19:${name.toLowerCase()}-${randomUUID()}@thread.tacv2;messageid=${Date.now()}`,
    kind: 'channel',
    tenantId: TENANT_ID,
    teamId,
    channelId: `19:${name.toLowerCase()}@thread.tacv2`,
  };
}

function base(o: ActivityOptions) {
  const { serviceUrl, from, conversation } = o;
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: o.locale ?? 'en-US',
    ...(o.localTimezone ? { localTimezone: o.localTimezone } : {}),
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: BOT.id, name: BOT.name },
    conversation: {
      id: conversation.id,
      conversationType: conversation.kind,
      tenantId: conversation.tenantId ?? TENANT_ID,
      ...(conversation.kind !== 'personal' ? { isGroup: true } : {}),
    },
    channelData: {
      tenant: { id: conversation.tenantId ?? TENANT_ID },
      ...(conversation.kind === 'channel'
        ? { team: { id: conversation.teamId }, channel: { id: conversation.channelId } }
        : {}),
    },
  };
}

export interface ActivityOptions {
  serviceUrl: string;
  from: TeamsUser;
  conversation: ConversationSpec;
  locale?: string;
  /** The sender's IANA time zone, as Teams sends it (e.g. "Europe/Moscow"). */
  localTimezone?: string;
}

export function messageActivity(o: ActivityOptions & { text: string; mentionBot?: boolean }) {
  const text = o.mentionBot ? `<at>${BOT.name}</at> ${o.text}` : o.text;
  return {
    ...base(o),
    type: 'message',
    text,
    textFormat: 'plain',
    ...(o.mentionBot
      ? {
          entities: [
            { type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: { id: BOT.id, name: BOT.name } },
          ],
        }
      : {}),
  };
}

export function installActivity(o: ActivityOptions) {
  return {
    ...base(o),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
  };
}

export function uninstallActivity(o: ActivityOptions) {
  return {
    ...base(o),
    type: 'installationUpdate',
    action: 'remove',
  };
}

/** An Adaptive Card Universal Action (`Action.Execute`) as Teams invokes it. */
export function cardActionInvoke(
  o: ActivityOptions & { verb: string; data: Record<string, unknown>; replyToId?: string },
) {
  return {
    ...base(o),
    type: 'invoke',
    name: 'adaptiveCard/action',
    ...(o.replyToId ? { replyToId: o.replyToId } : {}),
    value: { action: { type: 'Action.Execute', verb: o.verb, data: o.data }, trigger: 'manual' },
  };
}

/**
 * A dialog invoke as Teams sends it: `task/fetch` when a card's Action.Submit with `msteams.type` task/fetch
 * is pressed (its data, with the id of the card's message as replyToId), `task/submit` when the dialog's
 * form is submitted (the form's data and inputs; Teams sends no replyToId with it).
 */
export function dialogInvoke(
  o: ActivityOptions & {
    name: 'task/fetch' | 'task/submit';
    data: Record<string, unknown>;
    replyToId?: string;
  },
) {
  return {
    ...base(o),
    type: 'invoke',
    name: o.name,
    ...(o.replyToId ? { replyToId: o.replyToId } : {}),
    value: { data: o.data, context: { theme: 'default' } },
  };
}

/** A message-extension invoke (composeExtension/fetchTask, submitAction, query, queryLink) as Teams sends it. */
export function composeInvoke(o: ActivityOptions & { name: string; value: unknown }) {
  return { ...base(o), type: 'invoke', name: o.name, value: o.value };
}

export async function postActivity(
  serverUrl: string,
  activity: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${serverUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body };
}
