// One incoming activity, with everything a feature handler needs to answer it.
import { CardFactory, TurnContext, type Activity } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/index.js';
import { translatorFor, type TFunction } from '../../i18n/index.js';
import { tabUrlFor } from './card-views.js';
import type { BotServices } from './services.js';
import {
  conversationIdOf,
  conversationKindOf,
  teamsIdentityOf,
  type ConversationKind,
  type TeamsIdentity,
} from './teams-identity.js';

export class BotTurn {
  readonly identity: TeamsIdentity;
  readonly conversationKind: ConversationKind;
  readonly conversationId: string;
  readonly t: TFunction;
  /** Kept apart from the context, which is revoked when the turn ends (late invoke results outlive it). */
  readonly activity: Activity;
  /** When the activity arrived: the invoke budget counts from here. */
  readonly startedAt = Date.now();

  constructor(
    readonly context: TurnContext,
    readonly services: BotServices,
  ) {
    this.activity = context.activity;
    this.identity = teamsIdentityOf(context.activity);
    this.conversationKind = conversationKindOf(context.activity);
    this.conversationId = conversationIdOf(context.activity);
    this.t = translatorFor(context.activity.locale);
  }

  /** The message whose button started this turn, if any: changes made now are already shown there. */
  get origin(): { conversationId: string; activityId: string } | undefined {
    const activityId = this.activity.replyToId;
    return activityId ? { conversationId: this.conversationId, activityId } : undefined;
  }

  get inSharedConversation(): boolean {
    return this.conversationKind !== 'personal';
  }

  /** Sends a card; a task card is remembered so later changes can update it in place. */
  async sendCard(
    card: AdaptiveCardJson,
    shows?: { taskId?: string; boardId?: string },
  ): Promise<string | undefined> {
    const response = await this.context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    if (response?.id && (shows?.taskId || shows?.boardId)) {
      await this.services.db.sentCards.record({
        conversationId: this.conversationId,
        activityId: response.id,
        taskId: shows.taskId ?? null,
        boardId: shows.boardId ?? null,
        cardKind: shows.taskId ? 'task' : 'board',
      });
    }
    return response?.id;
  }

  /** Stores (or refreshes) where to reach this conversation later. */
  async recordConversation(): Promise<void> {
    const reference = TurnContext.getConversationReference(this.activity);
    await this.services.db.conversations.record({
      id: this.conversationId,
      tenantId: this.identity.tenantId,
      kind: this.conversationKind,
      reference: JSON.parse(JSON.stringify(reference)) as object,
    });
  }

  tabUrl(boardId?: string, taskId?: string): string {
    return tabUrlFor(this.services.publicUrl)(boardId, taskId);
  }
}
