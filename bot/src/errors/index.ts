export { AppError } from './app-error.js';
export { ERROR_CATALOG, type ErrorCode } from './catalog.js';
export { failureOf, type Failure } from './failure.js';
export { errorText } from './text.js';
