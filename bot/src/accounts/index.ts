export { accountName, Accounts, tabLinkedChannelUserId, type Account } from './accounts.js';
export { SignInTickets } from './sign-in-tickets.js';
