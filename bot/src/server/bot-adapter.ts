// The Bot Framework adapter. Without BOT_ID authentication is off (development only, warned at start).
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../config.js';

export function createBotAdapter(bot: Config['bot']): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId ?? '',
    MicrosoftAppPassword: bot.appPassword ?? '',
    MicrosoftAppTenantId: bot.tenantId ?? '',
    MicrosoftAppType: bot.tenantId ? 'SingleTenant' : 'MultiTenant',
    ...(bot.openIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: bot.openIdMetadataUrl } : {}),
  });
  return new CloudAdapter(auth);
}
