// One incoming activity, with everything a feature handler needs to answer it.
import { CardFactory, TurnContext, type Activity } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/index.js';
import { languageOf, translatorFor, type Language, type TFunction } from '../../i18n/index.js';
import { buttonsInLanguage } from './answer-language.js';
import { tabUrlFor } from './card-views.js';
import type { BotServices } from './services.js';
import type { UserSession } from './user-session.js';
import {
  conversationIdOf,
  conversationKindOf,
  teamsIdentityOf,
  type ConversationKind,
  type TeamsIdentity,
} from './teams-identity.js';

type CardShows = { taskId?: string; boardId?: string };

interface KeptCard {
  card: AdaptiveCardJson;
  shows?: CardShows;
}

export class BotTurn {
  readonly identity: TeamsIdentity;
  readonly conversationKind: ConversationKind;
  readonly conversationId: string;
  private answering: { language: Language; t: TFunction };
  private keeping: KeptCard[] | undefined;
  private signedIn: Promise<UserSession | undefined> | undefined;
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
    const language = languageOf(context.activity.locale);
    this.answering = { language, t: translatorFor(language) };
  }

  /**
   * The signed-in user behind this activity, or undefined. Read once per turn (the user and the account's
   * tokens in one query), however many parts of the turn ask.
   */
  session(): Promise<UserSession | undefined> {
    this.signedIn ??= this.services.accounts.forTeamsUser(this.identity);
    return this.signedIn;
  }

  /** This turn signed the user in (or out): what `session` answers from now on. */
  sessionChanged(session: UserSession | undefined): void {
    this.signedIn = Promise.resolve(session);
  }

  /** Translates into the language this turn answers in: the client's, unless `answerIn` chose another. */
  get t(): TFunction {
    return this.answering.t;
  }

  get language(): Language {
    return this.answering.language;
  }

  /** From now on this turn answers in `language`, including every card its handler sends. */
  answerIn(language: Language): void {
    if (language !== this.answering.language) this.answering = { language, t: translatorFor(language) };
  }

  /** A card of this turn as sent: its buttons keep the turn's language when it is not the client's. */
  finished(card: AdaptiveCardJson): AdaptiveCardJson {
    return this.language === languageOf(this.activity.locale) ? card : buttonsInLanguage(card, this.language);
  }

  /** The message whose button started this turn, if any: changes made now are already shown there. */
  get origin(): { conversationId: string; activityId: string } | undefined {
    const activityId = this.activity.replyToId;
    return activityId ? { conversationId: this.conversationId, activityId } : undefined;
  }

  get inSharedConversation(): boolean {
    return this.conversationKind !== 'personal';
  }

  /**
   * Runs `work` with the cards it sends kept back instead: a button that runs a text command answers with
   * them (the first in place of the card the button was on).
   */
  async keepingCards(work: () => Promise<void>): Promise<KeptCard[]> {
    const kept: KeptCard[] = [];
    this.keeping = kept;
    try {
      await work();
    } finally {
      this.keeping = undefined;
    }
    return kept;
  }

  /** Sends a card; a task card is remembered so later changes can update it in place. */
  async sendCard(card: AdaptiveCardJson, shows?: CardShows): Promise<string | undefined> {
    if (this.keeping) {
      this.keeping.push({ card, shows });
      return undefined;
    }
    const response = await this.context.sendActivity({
      attachments: [CardFactory.adaptiveCard(this.finished(card))],
    });
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

  /**
   * Stores where to reach this conversation later, when that changed: most activities change nothing and
   * write nothing. `installed`: the app was just added, which is recorded whatever this process remembers.
   */
  async recordConversation(options: { installed?: boolean } = {}): Promise<void> {
    // The reference without the incoming activity's id, which differs every time and is not needed to
    // reach the conversation later.
    const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(this.activity);
    await this.services.db.conversations.record(
      {
        id: this.conversationId,
        tenantId: this.identity.tenantId,
        kind: this.conversationKind,
        reference: JSON.parse(JSON.stringify(reference)) as object,
      },
      options,
    );
  }

  tabUrl(boardId?: string, taskId?: string): string {
    return tabUrlFor(this.services)(boardId, taskId);
  }
}
