// The signed-in user behind an activity, with a TeamFlame client acting with that user's own token.
import type { Account } from '../../accounts/index.js';
import type { BotServices } from './services.js';
import type { TeamsIdentity } from './teams-identity.js';

export type UserSession = Account;

export function sessionFor(services: BotServices, identity: TeamsIdentity): Promise<UserSession | undefined> {
  return services.accounts.forTeamsUser(identity);
}
