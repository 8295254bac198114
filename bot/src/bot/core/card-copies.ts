// Every message the bot sent that shows a task is recorded (sent_cards). When the task changes — through
// a card button, the tab, anywhere in this app — each copy is redrawn in place, in its conversation's
// language, so no conversation shows a stale column. The message whose button made the change is left
// out: the invoke's own answer already replaced it.
import { CardFactory } from 'botbuilder';
import type { TaskChange } from '../../boards/index.js';
import { taskDetailCard } from '../cards/index.js';
import { translatorFor } from '../../i18n/index.js';
import { tabUrlFor, taskView } from './card-views.js';
import type { BotServices } from './services.js';

type Services = Pick<BotServices, 'db' | 'boards' | 'proactive' | 'logger' | 'publicUrl' | 'teamsAppId'>;

export function cardCopiesUpdater(services: Services): (change: TaskChange) => Promise<void> {
  const { db, boards, proactive, logger } = services;
  const tabUrl = tabUrlFor(services);
  return async (change) => {
    const copies = (await db.sentCards.forTask(change.taskId)).filter(
      (copy) =>
        copy.conversationId !== change.origin?.conversationId || copy.activityId !== change.origin.activityId,
    );
    if (copies.length === 0) return;
    // Read once, as the person who made the change (not at all when the write knows the task as it is now);
    // drawn per conversation in its language.
    const task = taskView(await boards.reader(change.actor).taskDetail(change.taskId, change.task), tabUrl);
    for (const copy of copies) {
      const conversation = await db.conversations.get(copy.conversationId);
      if (!conversation?.installed) continue;
      const t = translatorFor((conversation.reference as { locale?: string }).locale);
      await proactive
        .continueConversation(conversation.reference, async (context) => {
          await context.updateActivity({
            type: 'message',
            id: copy.activityId,
            attachments: [CardFactory.adaptiveCard(taskDetailCard({ task, userIds: [] }, t))],
          });
        })
        .catch((error: unknown) =>
          logger.warn(
            { err: String(error), conversationId: copy.conversationId },
            'could not update a task card',
          ),
        );
    }
  };
}
