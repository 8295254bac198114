// The baseline: a bare botbuilder echo bot on the same restify server and adapter as the app, in a process of
// its own. A message is answered with a one-line card through the connector; a card action with a card in
// the invoke's answer; a dialog submit by closing the dialog. Prints {"port":n} once listening.
import type { AddressInfo } from 'node:net';
import {
  CardFactory,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TaskModuleResponse,
  type TurnContext,
} from 'botbuilder';
import { createLogger } from '../bot/src/logger.js';
import { createBotAdapter } from '../bot/src/server/bot-adapter.js';
import { createServer } from '../bot/src/server/create-server.js';

const card = (text: string) => ({
  type: 'AdaptiveCard' as const,
  version: '1.5',
  body: [{ type: 'TextBlock', text }],
});

class EchoBot extends TeamsActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card(context.activity.text))] });
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    _context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: card(invokeValue.action.verb),
    };
  }

  protected override async handleTeamsTaskModuleSubmit(): Promise<TaskModuleResponse> {
    return undefined as unknown as TaskModuleResponse; // closes the dialog
  }
}

const server = createServer({
  logger: createLogger('silent'),
  adapter: createBotAdapter({}),
  bot: new EchoBot(),
  isReady: async () => true,
  tabDistDir: '/nonexistent',
});
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.server.address() as AddressInfo).port }));
});
