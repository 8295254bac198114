// Runs one Universal Action (Action.Execute): validates its data, asks for sign-in when needed (and resumes
// afterwards), deduplicates resent invokes, answers within the invoke budget, and updates other copies of
// a changed task's card in place.
import { CardFactory, TurnContext } from 'botbuilder';
import {
  parseActionData,
  stillWorkingCard,
  errorCard,
  signInCard,
  WRITE_VERBS,
  type ActionParseResult,
  type AdaptiveCardJson,
} from '../cards/index.js';
import type { BotTurn } from './bot-turn.js';
import { holdingClaim } from './claim-lease.js';
import { failureCard } from './failure-card.js';
import { withinBudget } from './invoke-budget.js';
import type { ActionResult, BotRegistry } from './registry.js';
import { sessionFor, type UserSession } from './user-session.js';

export class ActionDispatcher {
  constructor(private readonly registry: BotRegistry) {}

  /** The card that answers the invoke. Never throws. */
  async dispatch(
    turn: BotTurn,
    verb: unknown,
    rawData: unknown,
    sessionOverride?: UserSession,
  ): Promise<AdaptiveCardJson> {
    const parsed = parseActionData(verb, rawData);
    // A button answers in the language of the card it was on.
    if (parsed.ok && parsed.action.data.lang) turn.answerIn(parsed.action.data.lang);
    return turn.finished(await this.answer(turn, parsed, sessionOverride));
  }

  private async answer(
    turn: BotTurn,
    parsed: ActionParseResult,
    sessionOverride: UserSession | undefined,
  ): Promise<AdaptiveCardJson> {
    const { t } = turn;
    if (!parsed.ok) {
      if (parsed.reason === 'unknown-verb') return errorCard({ code: 'unknown-action' }, t);
      return errorCard(
        { code: 'invalid-action', params: { detail: parsed.errors.map((e) => e.field).join(', ') } },
        t,
      );
    }
    const { action } = parsed;
    const route = this.registry.actions.find(action.verb);
    if (!route) return errorCard({ code: 'unknown-action' }, t);
    // The retry/resume record of this action; a password never goes into it.
    const retry = { verb: action.verb, data: withoutSecrets(action.data) };

    try {
      const session = sessionOverride ?? (await sessionFor(turn.services, turn.identity));
      if (route.session === 'required' && !session) {
        return signInCard(
          { resume: JSON.stringify(retry), browserUrl: `${turn.services.publicUrl}/#/signin` },
          t,
        );
      }
      const key = idempotencyKey(action.verb, action.data, session);
      const claim = key ? await turn.services.db.processedActions.claim(key) : undefined;
      if (claim && !claim.claimed)
        return (claim.result?.card as AdaptiveCardJson | undefined) ?? stillWorkingCard(t);
      const handling = (async () => {
        const recovered =
          claim?.retaken && route.recover && session
            ? await route.recover(turn, action.data, session)
            : undefined;
        return recovered ?? route.handle(turn, action.data, session);
      })();
      const work = holdingClaim(turn.services, key, () => this.run(turn, handling, key, retry));
      // The budget counts from the activity's arrival, so time spent before this point is not given twice.
      const budgetLeft = Math.max(0, turn.services.invokeBudgetMs - (Date.now() - turn.startedAt));
      const outcome = await withinBudget(work, budgetLeft, (late) => this.finishLate(turn, late));
      return outcome.inTime ? outcome.value : stillWorkingCard(t);
    } catch (error) {
      return failureCard(turn, error, retry);
    }
  }

  /** Handler result -> card; records what the card shows; errors become cards; keys are completed or freed. */
  private async run(
    turn: BotTurn,
    handling: Promise<ActionResult>,
    key: string | undefined,
    retry: { verb: string; data: Record<string, unknown> },
  ): Promise<AdaptiveCardJson> {
    try {
      const result = await handling;
      if (key && result.rejected) await turn.services.db.processedActions.release(key);
      else if (key) await turn.services.db.processedActions.complete(key, { card: result.card });
      await this.remember(turn, result);
      return result.card;
    } catch (error) {
      // A key that cannot be released lapses after its lease anyway: noted, and the error card is still sent.
      if (key)
        await turn.services.db.processedActions
          .release(key)
          .catch((releaseError: unknown) =>
            turn.services.logger.warn({ err: String(releaseError) }, 'could not release an idempotency key'),
          );
      return failureCard(turn, error, retry);
    }
  }

  private async remember(turn: BotTurn, result: ActionResult): Promise<void> {
    const activityId = turn.activity.replyToId;
    if (!activityId) return;
    if (result.taskId) {
      await turn.services.db.sentCards.record({
        conversationId: turn.conversationId,
        activityId,
        taskId: result.taskId,
        cardKind: 'task',
      });
    } else {
      // The message no longer shows a task: stop updating it as one.
      await turn.services.db.sentCards.forget(turn.conversationId, activityId);
    }
  }

  /** The invoke was answered "still working": replace that card with the result when it arrives. */
  private finishLate(turn: BotTurn, late: Promise<AdaptiveCardJson>): void {
    const reference = TurnContext.getConversationReference(turn.activity);
    const activityId = turn.activity.replyToId;
    void late
      .then(async (card) => {
        if (!activityId) return;
        await turn.services.proactive.continueConversation(reference, async (context) => {
          await context.updateActivity({
            type: 'message',
            id: activityId,
            attachments: [CardFactory.adaptiveCard(turn.finished(card))],
          });
        });
      })
      .catch((error: unknown) =>
        turn.services.logger.warn({ err: String(error) }, 'could not deliver a late result'),
      );
  }
}

function idempotencyKey(
  verb: string,
  data: Record<string, unknown>,
  session: UserSession | undefined,
): string | undefined {
  if (!WRITE_VERBS.has(verb as never) || !session || typeof data.actionId !== 'string' || !data.actionId)
    return undefined;
  return `${session.user.id}:${verb}:${data.actionId}`;
}

function withoutSecrets(data: Record<string, unknown>): Record<string, unknown> {
  const { password: _password, ...rest } = data;
  return rest;
}
