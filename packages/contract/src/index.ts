export * from './auth.js';
export * from './board.js';
export * from './catalog.js';
export * from './fields.js';
export * from './problem.js';
export * from './routes.js';
export * from './subscriptions.js';
export * from './search.js';
