// Runs one Universal Action (Action.Execute): validates its data, asks for sign-in when needed (and resumes
// afterwards), deduplicates resent invokes, answers within the invoke budget (a late result replaces the
// "still working" card in place), and remembers which message shows which task.
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
import type { JsonObject } from '../../data/index.js';
import type { BotTurn } from './bot-turn.js';
import { failureCard } from './failure-card.js';
import { withinBudget } from './invoke-budget.js';
import type { ActionResult, BotRegistry, CardResult, NoteResult } from './registry.js';
import { runOnce } from './run-once.js';
import type { UserSession } from './user-session.js';

/** What answers an Action.Execute: a card that replaces the pressed one, or a note that leaves it be. */
export type ActionAnswer = Pick<CardResult, 'card' | 'taskId'> | NoteResult;

export class ActionDispatcher {
  constructor(private readonly registry: BotRegistry) {}

  /** The answer to the invoke. Never throws. */
  async dispatch(
    turn: BotTurn,
    verb: unknown,
    rawData: unknown,
    sessionOverride?: UserSession,
  ): Promise<ActionAnswer> {
    const parsed = parseActionData(verb, rawData);
    // A button answers in the language of the card it was on.
    if (parsed.ok && parsed.action.data.lang) turn.answerIn(parsed.action.data.lang);
    const answer = await this.answer(turn, parsed, sessionOverride);
    return 'note' in answer ? answer : { ...answer, card: turn.finished(answer.card) };
  }

  private async answer(
    turn: BotTurn,
    parsed: ActionParseResult,
    sessionOverride: UserSession | undefined,
  ): Promise<ActionAnswer> {
    const { t } = turn;
    if (!parsed.ok) {
      if (parsed.reason === 'unknown-verb') return { card: errorCard({ code: 'unknown-action' }, t) };
      return {
        card: errorCard(
          { code: 'invalid-action', params: { detail: parsed.errors.map((e) => e.field).join(', ') } },
          t,
        ),
      };
    }
    const { action } = parsed;
    const route = this.registry.actions.find(action.verb);
    if (!route) return { card: errorCard({ code: 'unknown-action' }, t) };
    // The retry/resume record of this action; a password never goes into it.
    const retry = { verb: action.verb, data: withoutSecrets(action.data) };

    try {
      const session = sessionOverride ?? (await turn.session());
      if (route.session === 'required' && !session) {
        return {
          card: signInCard(
            { resume: JSON.stringify(retry), browserUrl: `${turn.services.publicUrl}/#/signin` },
            t,
          ),
        };
      }
      const work = runOnce<ActionResult>(
        turn.services,
        idempotencyKey(action.verb, action.data, session),
        async (retaken) => {
          const recovered =
            retaken && route.recover && session ? await route.recover(turn, action.data, session) : undefined;
          return recovered ?? route.handle(turn, action.data, session);
        },
        (result): JsonObject | undefined => {
          if ('note' in result) return { note: result.note };
          return result.rejected ? undefined : { card: result.card };
        },
      )
        .then(async (outcome): Promise<ActionAnswer> => {
          if (!outcome.ran) return earlierAnswer(outcome.earlier) ?? { card: stillWorkingCard(t) };
          await this.remember(turn, outcome.value);
          return 'note' in outcome.value
            ? outcome.value
            : { card: outcome.value.card, taskId: outcome.value.taskId };
        })
        .catch(async (error: unknown) => ({ card: await failureCard(turn, error, retry) }));
      // The budget counts from the activity's arrival, so time spent before this point is not given twice.
      const budgetLeft = Math.max(0, turn.services.invokeBudgetMs - (Date.now() - turn.startedAt));
      const outcome = await withinBudget(work, budgetLeft, (late) => this.finishLate(turn, late));
      return outcome.inTime ? outcome.value : { card: stillWorkingCard(t) };
    } catch (error) {
      return { card: await failureCard(turn, error, retry) };
    }
  }

  private async remember(turn: BotTurn, result: ActionResult): Promise<void> {
    const activityId = turn.activity.replyToId;
    // A note leaves the pressed card as it was: what it shows has not changed.
    if (!activityId || 'note' in result) return;
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
  private finishLate(turn: BotTurn, late: Promise<ActionAnswer>): void {
    const reference = TurnContext.getConversationReference(turn.activity);
    const activityId = turn.activity.replyToId;
    void late
      .then(async (answer) => {
        if (!activityId || 'note' in answer) return;
        await turn.services.proactive.continueConversation(reference, async (context) => {
          await context.updateActivity({
            type: 'message',
            id: activityId,
            attachments: [CardFactory.adaptiveCard(turn.finished(answer.card))],
          });
        });
      })
      .catch((error: unknown) =>
        turn.services.logger.warn({ err: String(error) }, 'could not deliver a late result'),
      );
  }
}

/** What an earlier run of the same action kept for resends. */
function earlierAnswer(kept: JsonObject | null): ActionAnswer | undefined {
  if (typeof kept?.note === 'string') return { note: kept.note };
  return kept?.card ? { card: kept.card as AdaptiveCardJson } : undefined;
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
