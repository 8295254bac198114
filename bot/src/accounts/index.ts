export { accountName, Accounts, type Account } from './accounts.js';
