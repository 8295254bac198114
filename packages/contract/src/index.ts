export * from './problem.js';
export * from './tab-api.js';
