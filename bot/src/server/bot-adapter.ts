// The Bot Framework adapter. Without BOT_ID authentication is off (development only, warned at start).
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';

/** CloudAdapter with its turn entry point public, so the route can map each failure to its own status. */
export class BotAdapter extends CloudAdapter {
  runTurn(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
import type { Config } from '../config.js';

export function createBotAdapter(bot: Config['bot']): BotAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId ?? '',
    // A managed identity has no password: botbuilder asks Azure for its tokens.
    MicrosoftAppPassword: bot.appType === 'UserAssignedMsi' ? '' : (bot.appPassword ?? ''),
    MicrosoftAppTenantId: bot.tenantId ?? '',
    MicrosoftAppType: bot.appType ?? (bot.tenantId ? 'SingleTenant' : 'MultiTenant'),
    ...(bot.openIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: bot.openIdMetadataUrl } : {}),
  });
  return new BotAdapter(auth);
}
