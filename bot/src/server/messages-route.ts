// POST /api/messages: validates the activity's shape before botbuilder sees it, then runs the turn.
// We run the turn ourselves (not CloudAdapter.process) so that a malformed body is a 400, a token refused
// for any reason a 401, unreachable signing keys a 503, and nothing ever answers with an exception message.
import type { Activity, ActivityHandlerBase } from 'botbuilder';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { InboundAuthError, type BotAdapter } from './bot-adapter.js';
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
      sendProblem(res, problem({ code: 'invalid-request' }, { errors }));
      return;
    }
    const activity = parsed.data as unknown as Activity;
    if (typeof activity.timestamp === 'string') activity.timestamp = new Date(activity.timestamp);
    const authHeader = String(req.headers.authorization ?? '');

    try {
      const invokeResponse = await adapter.runTurn(authHeader, activity, (context) => bot.run(context));
      res.status(invokeResponse?.status ?? 200);
      if (invokeResponse?.body !== undefined) res.json(invokeResponse.status ?? 200, invokeResponse.body);
      else res.end();
    } catch (error) {
      if (error instanceof InboundAuthError && error.kind === 'refused') {
        // The caller's fault (no token, forged, expired, misaddressed): expected traffic on a public
        // endpoint, so a warning, and nothing about why in the answer.
        logger.warn({ reason: error.reason }, 'inbound activity refused: authentication failed');
        sendProblem(res, problem({ code: 'unauthenticated' }));
      } else if (error instanceof InboundAuthError) {
        // Our side: the signing keys could not be fetched, so no token can be checked. Teams retries.
        logger.error({ reason: error.reason }, 'inbound activity not checked: signing keys unavailable');
        sendProblem(res, problem({ code: 'service-unavailable' }));
      } else {
        logger.error({ err: errorSummary(error) }, 'turn failed');
        sendProblem(res, problem({ code: 'internal' }));
      }
    }
  };
}

function errorSummary(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'unknown', message: String(error) };
}
