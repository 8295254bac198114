export { accountName, Accounts, tabLinkedChannelUserId, type Account } from './accounts.js';
