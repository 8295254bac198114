export { Accounts, type Account, type SignInRequest } from './accounts.js';
