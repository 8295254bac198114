// The Bot Framework adapter. Without BOT_ID authentication is off (development and test only, warned at
// start; config.ts refuses it elsewhere).
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  type AuthenticateRequestResult,
} from 'botframework-connector';
import type { Config } from '../config.js';

/**
 * Why an inbound request was not let in. `refused`: the caller's token is missing, forged, expired or
 * addressed to someone else (401). `unavailable`: the signing keys could not be fetched, so no token can
 * be checked right now (503).
 */
export class InboundAuthError extends Error {
  override name = 'InboundAuthError';
  constructor(
    readonly kind: 'refused' | 'unavailable',
    readonly reason: string,
  ) {
    super(`inbound authentication ${kind}: ${reason}`);
  }
}

// jsonwebtoken's verify() errors (bad signature, `alg: none`, malformed, not yet valid) escape botbuilder
// unwrapped. Matched by name, because botbuilder may load its own copy of jsonwebtoken.
const TOKEN_ERROR_NAMES = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * Sorts an error from botbuilder's authenticateRequest. botbuilder marks a refused token with
 * AuthenticationError 401, and a metadata/JWKS document it could not load with AuthenticationError 500;
 * a network failure while loading them is a plain error (node-fetch's FetchError).
 */
function classifyAuthError(error: unknown): InboundAuthError {
  const reason = error instanceof Error ? error.message.slice(0, 200) : String(error);
  const refused =
    (error instanceof AuthenticationError && error.statusCode < 500) ||
    (error instanceof Error && TOKEN_ERROR_NAMES.has(error.name));
  return new InboundAuthError(refused ? 'refused' : 'unavailable', reason);
}

/** CloudAdapter whose turn entry point authenticates first, so the route can answer 401 and 503 apart. */
export class BotAdapter extends CloudAdapter {
  async runTurn(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw classifyAuthError(error);
    }
    return this.processActivity(authenticated, activity, logic);
  }
}

/**
 * The whole public Azure cloud configuration, value for value what botbuilder uses when given none.
 * botbuilder switches to its "parameterized" mode as soon as any one of these is set and then reads every
 * one of them (issuer, login URL, OAuth scope, ...), so overriding only the metadata URL must still pass
 * all of them.
 */
const PUBLIC_AZURE_CLOUD = {
  ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
  ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
  ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
  ToBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
  ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
  OAuthUrl: AuthenticationConstants.OAuthUrl,
  CallerId: CallerIdConstants.PublicAzureChannel,
  ValidateAuthority: true,
} satisfies ConfigurationBotFrameworkAuthenticationOptions;

/** @internal Tests use it too. */
export function botFrameworkAuthOptions(bot: Config['bot']): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: bot.appId ?? '',
    // A managed identity has no password: botbuilder asks Azure for its tokens.
    MicrosoftAppPassword: bot.appType === 'UserAssignedMsi' ? '' : (bot.appPassword ?? ''),
    MicrosoftAppTenantId: bot.tenantId ?? '',
    MicrosoftAppType: bot.appType ?? (bot.tenantId ? 'SingleTenant' : 'MultiTenant'),
    ...PUBLIC_AZURE_CLOUD,
    // BOT_OPENID_METADATA_URL names where every inbound token's keys come from: channel tokens and the
    // emulator/skill tokens botbuilder also accepts. Pointing only one of them elsewhere would leave the
    // other reaching for the public cloud's keys.
    ...(bot.openIdMetadataUrl
      ? {
          ToBotFromChannelOpenIdMetadataUrl: bot.openIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: bot.openIdMetadataUrl,
        }
      : {}),
  };
}

export function createBotAdapter(bot: Config['bot']): BotAdapter {
  return new BotAdapter(new ConfigurationBotFrameworkAuthentication(botFrameworkAuthOptions(bot)));
}
