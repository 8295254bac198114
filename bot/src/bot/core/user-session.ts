// The signed-in user behind an activity, with a TeamFlame client acting with that user's own token
// (BotTurn.session reads it once per turn).
import type { Account } from '../../accounts/index.js';

export type UserSession = Account;
