export { Accounts, type Account } from './accounts.js';
