// Who hears about a change personally, in their chat with the bot: a person newly assigned to a task, and
// people who follow "my tasks" about what happens to their tasks (moved, due date, comments, overdue). Never
// about their own changes, never about other people's tasks.
import type { ConversationRow, PersonalFollowRow, Repositories } from '../data/index.js';
import type { BoardEvent } from './board-diff.js';
import { madeBy, type TeamFlamePerson } from './event-views.js';

export interface PersonalDelivery {
  person: TeamFlamePerson;
  chats: ConversationRow[];
  events: BoardEvent[];
}

/** What a follower of "my tasks" hears of, beyond being assigned. */
const ABOUT_MY_TASKS = new Set<BoardEvent['kind']>(['moved', 'due', 'commented']);

function concerns(event: BoardEvent, teamflameUserId: string, follows: boolean): boolean {
  if (event.kind === 'assigned') return event.added.includes(teamflameUserId);
  if (!follows) return false;
  if (event.kind === 'overdue') return event.for === teamflameUserId;
  return ABOUT_MY_TASKS.has(event.kind) && event.assignees.includes(teamflameUserId);
}

/** Every person these events concern, with their personal chats and their events, in order. */
export async function personalDeliveries(
  tx: Repositories,
  events: BoardEvent[],
  followers: PersonalFollowRow[],
): Promise<PersonalDelivery[]> {
  const following = new Map(followers.map((f) => [f.teamflameUserId, f]));
  const people = new Set([
    ...followers.map((f) => f.teamflameUserId),
    ...events.flatMap((e) => (e.kind === 'assigned' ? e.added : [])),
  ]);
  const deliveries: PersonalDelivery[] = [];
  for (const teamflameUserId of people) {
    const follow = following.get(teamflameUserId);
    const person = { teamflameUserId, name: (await nameOf(tx, teamflameUserId, follow))?.teamflameName };
    const mine = events.filter((e) => concerns(e, teamflameUserId, !!follow) && !madeBy(e, person));
    if (mine.length === 0) continue;
    const chats = follow ? await chat(tx, follow.conversationId) : await personalChatsOf(tx, teamflameUserId);
    if (chats.length) deliveries.push({ person, chats, events: mine });
  }
  return deliveries;
}

async function nameOf(tx: Repositories, teamflameUserId: string, follow: PersonalFollowRow | undefined) {
  if (follow) return tx.users.findById(follow.userId);
  return (await tx.users.findByTeamFlameUser(teamflameUserId))[0];
}

async function chat(tx: Repositories, conversationId: string): Promise<ConversationRow[]> {
  const conversation = await tx.conversations.get(conversationId);
  return conversation?.installed ? [conversation] : [];
}

/** The personal chats with the bot of every Teams user linked to this TeamFlame user. */
async function personalChatsOf(tx: Repositories, teamflameUserId: string): Promise<ConversationRow[]> {
  const chats: ConversationRow[] = [];
  for (const user of await tx.users.findByTeamFlameUser(teamflameUserId)) {
    const found = await tx.conversations.personalChatOf(user.channelUserId);
    if (found) chats.push(found);
  }
  return chats;
}
