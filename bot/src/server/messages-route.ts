// POST /api/messages: validates the activity's shape before botbuilder sees it, then runs the turn.
// We call processActivity ourselves (not CloudAdapter.process) so that a malformed body is a 400, a bad
// token a 401, unreachable signing keys a 503, and nothing ever answers with an exception message.
import type { Activity, ActivityHandlerBase } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import type { BotAdapter } from './bot-adapter.js';
import { problem, sendProblem } from './problem.js';

const MAX_TEXT = 28_000; // Teams' own message size limit is about 28 KB

const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.url().max(2048),
    from: z.object({ id: z.string().min(1).max(512), name: z.string().max(512).optional() }).loose(),
    conversation: z.object({ id: z.string().min(1).max(1024) }).loose(),
    recipient: z.object({ id: z.string().min(1).max(512) }).loose(),
    text: z.string().max(MAX_TEXT).optional(),
    locale: z.string().max(32).optional(),
    name: z.string().max(256).optional(),
  })
  .loose();

export function messagesRoute(adapter: BotAdapter, bot: ActivityHandlerBase, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    const parsed = activitySchema.safeParse(req.body);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({
        field: i.path.join('.') || 'body',
        message: i.message,
      }));
      sendProblem(
        res,
        problem(400, 'Malformed activity', 'The request body is not a valid Bot Framework activity.', errors),
      );
      return;
    }
    const activity = parsed.data as unknown as Activity;
    if (typeof activity.timestamp === 'string') activity.timestamp = new Date(activity.timestamp);
    const authHeader = String(req.headers.authorization ?? '');

    let turnStarted = false;
    try {
      const invokeResponse = await adapter.runTurn(authHeader, activity, async (context) => {
        turnStarted = true;
        await bot.run(context);
      });
      res.status(invokeResponse?.status ?? 200);
      if (invokeResponse?.body !== undefined) res.json(invokeResponse.status ?? 200, invokeResponse.body);
      else res.end();
    } catch (error) {
      if (error instanceof AuthenticationError && !turnStarted) {
        logger.warn({ status: error.statusCode }, 'inbound activity failed authentication');
        sendProblem(res, problem(401, 'Unauthorized'));
      } else if (!turnStarted) {
        // Authentication could not complete (e.g. the Bot Framework signing keys are unreachable).
        logger.error({ err: errorSummary(error) }, 'inbound activity could not be authenticated');
        sendProblem(res, problem(503, 'Service unavailable', 'Authentication is temporarily unavailable.'));
      } else {
        logger.error({ err: errorSummary(error) }, 'turn failed');
        sendProblem(res, problem(500, 'Internal error'));
      }
    }
  };
}

function errorSummary(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'unknown', message: String(error) };
}
