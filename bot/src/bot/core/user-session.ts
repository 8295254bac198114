// The signed-in user behind an activity, with a TeamFlame client acting with that user's own token.
import type { UserRow } from '../../data/index.js';
import type { TeamFlameClient } from '../../teamflame/index.js';
import type { BotServices } from './services.js';
import type { TeamsIdentity } from './teams-identity.js';

export interface UserSession {
  user: UserRow;
  client: TeamFlameClient;
}

export async function sessionFor(
  services: BotServices,
  identity: TeamsIdentity,
): Promise<UserSession | undefined> {
  const user = await services.db.users.findByTeams(identity);
  if (!user) return undefined;
  const tokens = await services.db.tokens.get(user.teamflameUserId);
  if (!tokens) return undefined;
  const client = services.teamflame.forSession(tokens, {
    onTokensRefreshed: (fresh) => services.db.tokens.save(user.teamflameUserId, fresh),
  });
  return { user, client };
}
