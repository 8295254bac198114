// What the tab API's route handlers need, built once by the composition root.
import type { Accounts, SignInTickets } from '../accounts/index.js';
import type { Boards } from '../boards/index.js';
import type { Database } from '../data/index.js';
import type { ConversationMembers } from './conversation-members.js';
import type { SessionTokens } from './session-tokens.js';
import type { TeamsSso } from './teams-sso.js';

export interface ApiDeps {
  db: Database;
  accounts: Accounts;
  boards: Boards;
  sessions: SessionTokens;
  /** Teams SSO tokens: who they name (a sign-in inside Teams links that identity), consent settings. */
  sso: TeamsSso;
  /** Who is in a conversation, asked of Teams: only members may change what it follows. */
  members: ConversationMembers;
  /** The message extension's sign-in tickets, which the sign-in route takes in place of an SSO token. */
  tickets: SignInTickets;
}
